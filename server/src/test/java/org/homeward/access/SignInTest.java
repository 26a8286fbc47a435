package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Passwords, lock-out and API tokens. */
@HomewardIntegrationTest
class SignInTest {
  @LocalServerPort int port;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired Agencies agencies;
  @Autowired UserAccounts users;
  @Autowired JdbcClient jdbc;

  AccessFixture fixture;
  ApiClient registrar;
  String username;

  @BeforeEach
  void user() {
    fixture = new AccessFixture(context);
    registrar = fixture.user("signin", Role.REGISTRAR, "TJK");
    username = "signin-" + fixture.suffix;
  }

  private long audited(String action, String target) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND target_id = :t")
        .param("a", action)
        .param("t", target)
        .query(Long.class)
        .single();
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountForAWhileAndAreAudited() {
    ApiClient wrong = new ApiClient(port, username, "not-the-password");
    for (int i = 0; i < UserAccounts.MAX_FAILED_ATTEMPTS; i++) {
      assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
    }

    assertThat(registrar.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(audited("SIGN_IN_FAILED", username))
        .isGreaterThanOrEqualTo(UserAccounts.MAX_FAILED_ATTEMPTS + 1);
    assertThat(users.account(username).orElseThrow().lockedUntil()).isNotNull();
  }

  @Test
  void administratorUnlocksALockedAccount() {
    ApiClient wrong = new ApiClient(port, username, "not-the-password");
    for (int i = 0; i < UserAccounts.MAX_FAILED_ATTEMPTS; i++) {
      wrong.get("/api/v1/me");
    }

    ApiClient.Reply unlocked =
        TestAccounts.of(context)
            .admin()
            .put("/api/v1/users/" + username + "/enabled", Map.of("enabled", true), null);

    assertThat(unlocked.status()).isEqualTo(200);
    assertThat(registrar.get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void fewerWrongPasswordsThanTheLimitDoNotLock() {
    ApiClient wrong = new ApiClient(port, username, "not-the-password");
    for (int i = 0; i < UserAccounts.MAX_FAILED_ATTEMPTS - 1; i++) {
      wrong.get("/api/v1/me");
    }

    assertThat(registrar.get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void apiTokenActsAsItsOwnerUntilRevoked() {
    ApiClient.Reply created =
        registrar.post("/api/v1/me/tokens", Map.of("name", "nightly import", "days", 30));
    String secret = created.text("/secret");
    ApiClient bearer = ApiClient.anonymous(port);

    ApiClient.Reply me = bearer.withHeader("/api/v1/me", "Authorization", "Bearer " + secret);
    ApiClient.Reply listed = registrar.get("/api/v1/me/tokens");
    ApiClient.Reply revoked = registrar.delete("/api/v1/me/tokens/" + created.text("/token/id"));
    ApiClient.Reply afterRevoke =
        bearer.withHeader("/api/v1/me", "Authorization", "Bearer " + secret);

    assertThat(created.status()).isEqualTo(201);
    assertThat(secret).startsWith("hw_");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.text("/username")).isEqualTo(username);
    assertThat(listed.raw().body()).contains("nightly import").doesNotContain(secret);
    assertThat(revoked.status()).isEqualTo(204);
    assertThat(afterRevoke.status()).isEqualTo(401);
  }

  @Test
  void tokenIsStoredOnlyAsAHash() {
    String secret =
        registrar.post("/api/v1/me/tokens", Map.of("name", "hash check")).text("/secret");

    long plain =
        jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :s")
            .param("s", secret)
            .query(Long.class)
            .single();
    long hashed =
        jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :s")
            .param("s", ApiTokens.hash(secret))
            .query(Long.class)
            .single();

    assertThat(plain).isZero();
    assertThat(hashed).isEqualTo(1);
  }

  @Test
  void expiredTokenIsRefused() {
    ApiClient.Reply created =
        registrar.post("/api/v1/me/tokens", Map.of("name", "short-lived", "days", 1));
    jdbc.sql("UPDATE api_token SET expires_at = created_at WHERE id = :id")
        .param("id", java.util.UUID.fromString(created.text("/token/id")))
        .update();

    ApiClient.Reply reply =
        ApiClient.anonymous(port)
            .withHeader("/api/v1/me", "Authorization", "Bearer " + created.text("/secret"));

    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void forgedTokenIsRefusedAndAudited() {
    long before =
        jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'TOKEN_REJECTED'")
            .query(Long.class)
            .single();

    ApiClient.Reply reply =
        ApiClient.anonymous(port)
            .withHeader(
                "/api/v1/me",
                "Authorization",
                "Bearer hw_forgedforgedforgedforgedforgedforged12345");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("Content-Type")).contains("application/problem+json");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'TOKEN_REJECTED'")
                .query(Long.class)
                .single())
        .isEqualTo(before + 1);
  }

  @Test
  void shortPasswordsAreRefusedForNewUsers() {
    ApiClient.Reply reply =
        TestAccounts.of(context)
            .admin()
            .post(
                "/api/v1/users",
                Map.of(
                    "username",
                    "short-" + fixture.suffix,
                    "password",
                    "short",
                    "roles",
                    java.util.List.of("REGISTRAR")));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text("/errors/0/field")).isEqualTo("password");
  }

  @Test
  void administratorCreatesAnAgencyAndAUserWhoSeesOnlyThatStatesNationals() {
    ApiClient admin = TestAccounts.of(context).admin();
    String agency =
        admin
            .post(
                "/api/v1/agencies",
                Map.of(
                    "name",
                    "Uzbek ministry " + fixture.suffix,
                    "kind",
                    "GOVERNMENT",
                    "stateCode",
                    "UZB"))
            .text("/id");
    String name = "uz-registrar-" + fixture.suffix;
    ApiClient.Reply created =
        admin.post(
            "/api/v1/users",
            Map.of(
                "username",
                name,
                "password",
                TestAccounts.password(name),
                "agencyId",
                agency,
                "roles",
                java.util.List.of("REGISTRAR")));
    ApiClient uzbek = ApiClient.as(port, name);
    String tajikOnly =
        AccessFixture.register(
            registrar, AccessFixture.national("Назарова Мадина " + fixture.suffix, "TJK"));
    String uzbekNational =
        AccessFixture.register(
            registrar, AccessFixture.national("Каримова Мадина " + fixture.suffix, "TJK", "UZB"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(uzbek.get("/api/v1/persons/" + uzbekNational).status()).isEqualTo(200);
    assertThat(uzbek.get("/api/v1/persons/" + tajikOnly).status()).isEqualTo(404);
    assertThat(registrar.get("/api/v1/users").status()).isEqualTo(403);
  }
}
