package org.homeward.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.homeward.audit.AuditTrail;
import org.homeward.common.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TOTP second factor: any user may enrol; administrators and vetting officers must. An enrolled
 * or obliged user signs in to the web UI with password and code, and reaches the API only with API
 * tokens (a password alone is never enough for them).
 */
@Service
public class SecondFactor {
  /** Roles whose holders must have a second factor. */
  static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.ADMINISTRATOR, Role.VETTING_OFFICER);

  static final String ISSUER = "Homeward";

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  SecondFactor(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  private record State(
      String secret, boolean confirmed, Long lastStep, boolean exempt, Set<Role> roles) {}

  private State state(String username) {
    return jdbc.sql(
            "SELECT totp_secret, totp_confirmed, totp_last_step, second_factor_exempt, roles"
                + " FROM app_user WHERE username = :u")
        .param("u", username)
        .query(
            (rs, n) ->
                new State(
                    rs.getString(1),
                    rs.getBoolean(2),
                    (Long) rs.getObject(3, Long.class),
                    rs.getBoolean(4),
                    UserAccounts.decode(rs.getString(5))))
        .optional()
        .orElse(new State(null, false, null, false, Set.of()));
  }

  /** Whether this user must pass a second factor to sign in. */
  public boolean applies(String username) {
    State s = state(username);
    if (s.exempt()) {
      return false;
    }
    return s.confirmed() || s.roles().stream().anyMatch(REQUIRED_FOR::contains);
  }

  public boolean enrolled(String username) {
    return state(username).confirmed();
  }

  /** Starts (or restarts) enrolment: a new secret, not yet confirmed. */
  @Transactional
  public String startEnrolment(String username) {
    if (enrolled(username)) {
      throw new InvalidInputException(
          "code", "no new enrolment: a second factor is already set up");
    }
    String secret = Totp.newSecret();
    jdbc.sql(
            "UPDATE app_user SET totp_secret = :s, totp_confirmed = FALSE, totp_last_step = NULL WHERE username = :u")
        .param("s", secret)
        .param("u", username)
        .update();
    return secret;
  }

  /** Confirms enrolment with a first code from the authenticator app. */
  @Transactional
  public void confirmEnrolment(String username, String code) {
    State s = state(username);
    if (s.secret() == null || s.confirmed()) {
      throw new InvalidInputException("code", "a code after starting enrolment");
    }
    acceptOrRefuse(username, s, code);
    jdbc.sql("UPDATE app_user SET totp_confirmed = TRUE WHERE username = :u")
        .param("u", username)
        .update();
    audit.record("SECOND_FACTOR_ENROLLED", "User", username, null);
  }

  /** Checks a code of an enrolled user; each code works once. */
  @Transactional
  public boolean verify(String username, String code) {
    State s = state(username);
    if (s.secret() == null || !s.confirmed()) {
      return false;
    }
    try {
      acceptOrRefuse(username, s, code);
      return true;
    } catch (InvalidInputException e) {
      audit.record("SECOND_FACTOR_FAILED", "User", username, null);
      return false;
    }
  }

  private void acceptOrRefuse(String username, State s, String code) {
    OptionalLong step = Totp.accept(s.secret(), code, clock.instant(), s.lastStep());
    if (step.isEmpty()) {
      throw new InvalidInputException("code", "the 6-digit code your authenticator app shows now");
    }
    jdbc.sql("UPDATE app_user SET totp_last_step = :step WHERE username = :u")
        .param("step", step.getAsLong())
        .param("u", username)
        .update();
  }

  /** Marks a demo account as signing in without a second factor. */
  @Transactional
  public void exempt(String username) {
    jdbc.sql("UPDATE app_user SET second_factor_exempt = TRUE WHERE username = :u")
        .param("u", username)
        .update();
  }

  /** The code an authenticator app shows at a moment, for a secret. */
  public static String codeAt(String secret, java.time.Instant at) {
    return Totp.code(secret, Totp.step(at));
  }

  /** The otpauth:// URI an authenticator app reads (usually from a QR code). */
  public static String otpauthUri(String username, String secret) {
    String label =
        URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer="
        + ISSUER
        + "&digits=6&period=30";
  }
}
