package org.homeward.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.audit.AuditTrail;
import org.homeward.common.ConflictException;
import org.homeward.common.FieldErrors;
import org.homeward.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: who may sign in, for which agency, with which roles. */
@Service
public class UserAccounts implements UserDetailsService {
  /** Wrong passwords in a row before the account locks for a while. */
  static final int MAX_FAILED_ATTEMPTS = 5;

  static final Duration LOCK_DURATION = Duration.ofMinutes(15);
  static final int MIN_PASSWORD_LENGTH = 12;

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final Agencies agencies;
  private final AuditTrail audit;
  private final Clock clock;

  UserAccounts(
      JdbcClient jdbc,
      PasswordEncoder passwords,
      Agencies agencies,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.agencies = agencies;
    this.audit = audit;
    this.clock = clock;
  }

  /** What an administrator sees of an account; never the password hash. */
  public record Account(
      UUID id,
      String username,
      UUID agencyId,
      Set<Role> roles,
      boolean enabled,
      Instant lockedUntil) {}

  /** Creates an account; the password is checked for length only, as NIST SP 800-63B advises. */
  @Transactional
  public Account create(String username, String rawPassword, Set<Role> roles, UUID agencyId) {
    FieldErrors errors = new FieldErrors();
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9][a-z0-9._-]{1,49}")) {
      errors.add("username", "2 to 50 lower-case letters, digits, '.', '_' or '-'");
    }
    if (rawPassword == null
        || rawPassword.length() < MIN_PASSWORD_LENGTH
        || rawPassword.length() > 200) {
      errors.add("password", "a password of " + MIN_PASSWORD_LENGTH + " to 200 characters");
    }
    if (roles == null || roles.isEmpty()) {
      errors.add("roles", "at least " + FieldErrors.oneOf(Role.class));
    }
    if (agencyId != null && agencies.find(agencyId).isEmpty()) {
      errors.add("agencyId", "the id of a registered agency");
    }
    errors.throwIfAny();
    if (exists(name)) {
      throw new ConflictException("A user with this name already exists.");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO app_user (id, username, password_hash, roles, enabled, created_at,"
                + " agency_id) VALUES (:id, :username, :hash, :roles, TRUE, :at, :agency)")
        .param("id", id)
        .param("username", name)
        .param("hash", passwords.encode(rawPassword))
        .param("roles", encode(roles))
        .param("at", now())
        .param("agency", agencyId)
        .update();
    audit.record("USER_CREATED", "User", name, "roles=" + encode(roles) + "; agency=" + agencyId);
    return account(name).orElseThrow();
  }

  @Transactional
  public Account setRoles(String username, Set<Role> roles) {
    Account before = account(username).orElseThrow(() -> new NotFoundException("User"));
    if (roles == null || roles.isEmpty()) {
      throw new org.homeward.common.InvalidInputException(
          "roles", "at least " + FieldErrors.oneOf(Role.class));
    }
    jdbc.sql("UPDATE app_user SET roles = :roles WHERE username = :u")
        .param("roles", encode(roles))
        .param("u", before.username())
        .update();
    audit.record(
        "USER_ROLES_CHANGED",
        "User",
        before.username(),
        "roles: " + encode(before.roles()) + " -> " + encode(roles));
    return account(username).orElseThrow();
  }

  @Transactional
  public Account setEnabled(String username, boolean enabled) {
    Account before = account(username).orElseThrow(() -> new NotFoundException("User"));
    jdbc.sql(
            "UPDATE app_user SET enabled = :enabled, failed_attempts = 0, locked_until = NULL"
                + " WHERE username = :u")
        .param("enabled", enabled)
        .param("u", before.username())
        .update();
    audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "User", before.username(), null);
    return account(username).orElseThrow();
  }

  public boolean exists(String username) {
    return account(username).isPresent();
  }

  public List<Account> all() {
    return jdbc.sql("SELECT * FROM app_user ORDER BY username").query((rs, n) -> read(rs)).list();
  }

  public Optional<Account> account(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT * FROM app_user WHERE username = :u")
        .param("u", username.strip().toLowerCase(Locale.ROOT))
        .query((rs, n) -> read(rs))
        .optional();
  }

  @Override
  public HomewardUser loadUserByUsername(String username) {
    return jdbc.sql("SELECT * FROM app_user WHERE username = :u")
        .param("u", username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
        .query((rs, n) -> toUser(read(rs), rs.getString("password_hash")))
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  /** The signed-in form of an account, for tokens that act as their owner. */
  HomewardUser userById(UUID id) {
    return jdbc.sql("SELECT * FROM app_user WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> toUser(read(rs), rs.getString("password_hash")))
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  /** Counts a wrong password; the fifth in a row locks the account for a while. */
  @Transactional
  void recordFailedSignIn(String username) {
    Optional<Account> account = account(username);
    if (account.isEmpty()) {
      return;
    }
    jdbc.sql("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = :u")
        .param("u", account.get().username())
        .update();
    jdbc.sql(
            "UPDATE app_user SET locked_until = :until, failed_attempts = 0"
                + " WHERE username = :u AND failed_attempts >= :max")
        .param("until", now().plus(LOCK_DURATION))
        .param("max", MAX_FAILED_ATTEMPTS)
        .param("u", account.get().username())
        .update();
  }

  @Transactional
  void recordSuccessfulSignIn(String username) {
    jdbc.sql("UPDATE app_user SET failed_attempts = 0 WHERE username = :u AND failed_attempts > 0")
        .param("u", username)
        .update();
  }

  private HomewardUser toUser(Account a, String passwordHash) {
    String state =
        a.agencyId() == null
            ? null
            : agencies.find(a.agencyId()).map(Agency::stateCode).orElse(null);
    boolean locked = a.lockedUntil() != null && a.lockedUntil().isAfter(clock.instant());
    return new HomewardUser(
        a.id(),
        a.username(),
        passwordHash,
        a.enabled(),
        !locked,
        a.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
        a.agencyId(),
        state);
  }

  private static Account read(java.sql.ResultSet rs) throws java.sql.SQLException {
    OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
    return new Account(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getObject("agency_id", UUID.class),
        decode(rs.getString("roles")),
        rs.getBoolean("enabled"),
        locked == null ? null : locked.toInstant());
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(java.time.ZoneOffset.UTC);
  }

  static String encode(Set<Role> roles) {
    return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  static Set<Role> decode(String text) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : text.split(",")) {
      try {
        roles.add(Role.valueOf(r.strip()));
      } catch (IllegalArgumentException e) {
        // a role that no longer exists grants nothing
      }
    }
    return roles;
  }
}
