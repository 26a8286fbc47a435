package org.homeward.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.access.Agencies;
import org.homeward.access.Agency;
import org.homeward.access.Role;
import org.homeward.access.SecondFactor;
import org.homeward.access.UserAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts for tests: a registrar of a Tajik ministry, the administrator, and on demand users of
 * any role in any state. Passwords are the user name followed by "-password" (the administrator's
 * is {@link ApiClient#ADMIN_PASSWORD}). Users who must have a second factor are enrolled and reach
 * the API the way a real script would: with an API token created once with password and a current
 * code.
 */
public final class TestAccounts {
  public static final String REGISTRAR = "test-registrar";

  /** API tokens by user id: user ids differ between databases, so this never mixes them up. */
  private static final Map<UUID, String> TOKENS = new ConcurrentHashMap<>();

  private final Agencies agencies;
  private final UserAccounts accounts;
  private final SecondFactor secondFactor;
  private final JdbcClient jdbc;
  private final int port;

  public TestAccounts(ApplicationContext context) {
    this.agencies = context.getBean(Agencies.class);
    this.accounts = context.getBean(UserAccounts.class);
    this.secondFactor = context.getBean(SecondFactor.class);
    this.jdbc = context.getBean(JdbcClient.class);
    this.port = context.getEnvironment().getProperty("local.server.port", Integer.class, 0);
  }

  public static TestAccounts of(ApplicationContext context) {
    return new TestAccounts(context);
  }

  public static String password(String username) {
    return ApiClient.ADMIN.equals(username) ? ApiClient.ADMIN_PASSWORD : username + "-password";
  }

  /** The test registrar, of a Tajik ministry. */
  public String registrar() {
    return user(REGISTRAR, Role.REGISTRAR, "Test ministry TJK", "GOVERNMENT", "TJK");
  }

  /** A user with one role in an agency (created if missing); returns the user name. */
  public String user(String username, Role role, String agencyName, String kind, String state) {
    if (!accounts.exists(username)) {
      accounts.create(username, password(username), Set.of(role), agency(agencyName, kind, state));
    }
    return username;
  }

  public UUID agency(String name, String kind, String state) {
    return agencies
        .named(name)
        .map(Agency::id)
        .orElseGet(() -> agencies.register(name, kind, state).id());
  }

  public ApiClient admin() {
    return client(ApiClient.ADMIN);
  }

  public ApiClient registrarClient() {
    return client(registrar());
  }

  /**
   * An API client signed in as this user: by password, or by token where a second factor applies.
   */
  public ApiClient client(String username) {
    return secondFactor.applies(username) ? tokenClient(username) : ApiClient.as(port, username);
  }

  /**
   * A client that signs in with an API token: one password check (and, where it applies, one
   * second-factor code) to create the token, none per request after; tests that make hundreds of
   * requests would otherwise spend their time in bcrypt.
   */
  public ApiClient tokenClient(String username) {
    UUID id = accounts.account(username).orElseThrow().id();
    String token = TOKENS.computeIfAbsent(id, key -> createToken(username));
    return ApiClient.bearer(port, token);
  }

  private String createToken(String username) {
    ApiClient password = ApiClient.as(port, username);
    Map<String, Object> body = Map.of("name", "tests", "days", 1);
    ApiClient.Reply reply =
        secondFactor.applies(username)
            ? password.postWithHeader(
                "/api/v1/me/tokens",
                body,
                "X-Homeward-OTP",
                nextUnusedCode(username, enrolled(username)))
            : password.post("/api/v1/me/tokens", body);
    if (reply.status() != 201) {
      throw new IllegalStateException("no token for " + username + ": " + reply.raw().body());
    }
    return reply.text("/secret");
  }

  /** Enrols the user if needed; returns the TOTP secret. */
  public String enrolled(String username) {
    if (!secondFactor.enrolled(username)) {
      String secret = secondFactor.startEnrolment(username);
      secondFactor.confirmEnrolment(username, nextUnusedCode(username, secret));
    }
    return jdbc.sql("SELECT totp_secret FROM app_user WHERE username = :u")
        .param("u", username)
        .query(String.class)
        .single();
  }

  /** A code newer than the last one accepted (each code works once); waits for one if needed. */
  public String nextUnusedCode(String username, String secret) {
    Long last =
        jdbc.sql("SELECT totp_last_step FROM app_user WHERE username = :u")
            .param("u", username)
            .query(Long.class)
            .optional()
            .orElse(null);
    for (int attempt = 0; attempt < 3; attempt++) {
      Instant now = Instant.now();
      long current = now.getEpochSecond() / 30;
      for (long step = current; step <= current + 1; step++) {
        if (last == null || step > last) {
          return SecondFactor.codeAt(secret, Instant.ofEpochSecond(step * 30));
        }
      }
      sleep(Duration.ofSeconds(30 - now.getEpochSecond() % 30));
    }
    throw new IllegalStateException("no unused code");
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
