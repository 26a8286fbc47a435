package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headers, cookies and CSRF of the web UI, and hostile requests to the API. */
@HomewardIntegrationTest
class WebSecurityTest {
  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Autowired org.springframework.context.ApplicationContext context;
  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  @Test
  void pagesCarrySecurityHeaders() throws Exception {
    HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).build());

    assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self'");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
    HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).build());

    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .findFirst()
            .orElse("");
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
  }

  @Test
  void formPostWithoutCsrfTokenIsRefusedAndAudited() throws Exception {
    long before = audited("CSRF_REJECTED");
    HttpResponse<String> post =
        send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=admin&password=" + ApiClient.ADMIN_PASSWORD))
                .build());

    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(audited("CSRF_REJECTED")).isEqualTo(before + 1);
  }

  private long audited(String action) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a")
        .param("a", action)
        .query(Long.class)
        .single();
  }

  @Test
  void oversizedHeaderIsRefused() throws Exception {
    HttpResponse<String> reply =
        send(
            HttpRequest.newBuilder(uri("/api/v1/persons"))
                .header("X-Padding", "a".repeat(64 * 1024))
                .build());

    assertThat(reply.statusCode()).isEqualTo(400);
  }

  @Test
  void pathTraversalFindsNothing() throws Exception {
    ApiClient admin = TestAccounts.of(context).admin();

    assertThat(admin.get("/api/v1/persons/..%2F..%2Fetc%2Fpasswd").status()).isIn(400, 404);
    assertThat(admin.get("/webjars/..%2F..%2Fapplication.properties").status()).isIn(400, 401, 404);
  }
}
