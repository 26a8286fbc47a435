package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.access.Role;
import org.homeward.access.UserAccounts;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The auditor's API and page: filters, pages, export (itself audited), and who may use them. */
@HomewardIntegrationTest
class AuditApiTest {
  private static final String PASSWORD = "auditor-password-for-tests";
  @LocalServerPort int port;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired UserAccounts accounts;
  @Autowired AuditTrail trail;
  String auditorName;
  ApiClient auditor;
  String target;
  String actor;

  @BeforeEach
  void auditorAndEvents() {
    auditorName = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(auditorName, PASSWORD, Set.of(Role.AUDITOR), null);
    auditor = new ApiClient(port, auditorName, PASSWORD);
    target = UUID.randomUUID().toString();
    actor = "registrar-" + UUID.randomUUID().toString().substring(0, 8);
    trail.recordFor(actor, "PERSON_REGISTERED", "Person", target, "fields=all");
    trail.record(
        "PERSON_UPDATED", "Person", target, Map.of("sex", "UNKNOWN"), Map.of("sex", "FEMALE"));
  }

  @Test
  void anAuditorFindsEverythingDoneToARecordNewestFirst() {
    ApiClient.Reply reply = auditor.get("/api/v1/audit/events?targetId=" + target);
    assertThat(reply.status()).isEqualTo(200);
    JsonNode items = reply.body().get("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("action").asString()).isEqualTo("PERSON_UPDATED");
    assertThat(items.get(0).at("/before/sex").asString()).isEqualTo("UNKNOWN");
    assertThat(items.get(0).at("/after/sex").asString()).isEqualTo("FEMALE");
    assertThat(items.get(0).get("seq").asLong()).isGreaterThan(items.get(1).get("seq").asLong());
    assertThat(items.get(1).get("actor").asString()).isEqualTo(actor);
    assertThat(items.get(1).get("hash").asString()).matches("[0-9a-f]{64}");
    assertThat(reply.body().get("nextCursor").isNull()).isTrue();
  }

  @Test
  void filtersByUserActionAndTime() {
    JsonNode byActor = auditor.get("/api/v1/audit/events?actor=" + actor).body().get("items");
    assertThat(byActor).hasSize(1);
    JsonNode byAction =
        auditor
            .get("/api/v1/audit/events?action=person_updated&targetId=" + target)
            .body()
            .get("items");
    assertThat(byAction).hasSize(1);
    JsonNode past =
        auditor
            .get("/api/v1/audit/events?targetId=" + target + "&from=2000-01-01&to=2000-01-31")
            .body()
            .get("items");
    assertThat(past).isEmpty();
    JsonNode recent =
        auditor
            .get("/api/v1/audit/events?targetId=" + target + "&from=2000-01-01T00:00:00Z")
            .body()
            .get("items");
    assertThat(recent).hasSize(2);
  }

  @Test
  void pagesFollowTheCursor() {
    ApiClient.Reply first = auditor.get("/api/v1/audit/events?limit=1&targetId=" + target);
    assertThat(first.body().get("items")).hasSize(1);
    String cursor = first.text("/nextCursor");
    assertThat(cursor).isNotNull();
    ApiClient.Reply second =
        auditor.get("/api/v1/audit/events?limit=1&targetId=" + target + "&cursor=" + cursor);
    assertThat(second.body().get("items")).hasSize(1);
    assertThat(second.body().at("/items/0/action").asString()).isEqualTo("PERSON_REGISTERED");
    assertThat(second.body().get("nextCursor").isNull()).isTrue();
  }

  @Test
  void badParametersAreNamed() {
    assertBad("from=yesterday", "from");
    assertBad("to=2024-13-01", "to");
    assertBad("from=2024-05-02&to=2024-05-01", "to");
    assertBad("limit=0", "limit");
    assertBad("limit=501", "limit");
    assertBad("limit=many", "limit");
    assertBad("cursor=abc", "cursor");
    assertBad("actor=" + "x".repeat(101), "actor");
  }

  private void assertBad(String query, String field) {
    ApiClient.Reply reply = auditor.get("/api/v1/audit/events?" + query);
    assertThat(reply.status()).as(query).isEqualTo(400);
    assertThat(reply.header("Content-Type")).contains("application/problem+json");
    assertThat(reply.text("/errors/0/field")).as(query).isEqualTo(field);
  }

  @Test
  void theExportHasTheSameFiltersAndIsItselfAudited() {
    ApiClient.Reply csv = auditor.get("/api/v1/audit/events.csv?targetId=" + target);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.raw().body().split("\r\n");
    assertThat(lines[0]).startsWith("seq,id,occurred_at,actor,");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).contains("PERSON_REGISTERED");
    JsonNode exports =
        auditor
            .get("/api/v1/audit/events?action=AUDIT_EXPORTED&actor=" + auditorName)
            .body()
            .get("items");
    assertThat(exports).hasSize(1);
    assertThat(exports.get(0).get("details").asString()).contains("targetId=" + target);
    assertThat(exports.get(0).get("requestId").asString()).isNotBlank();
    assertThat(exports.get(0).get("clientAddress").asString()).isNotBlank();
  }

  @Test
  void formulasInExportedCellsAreDefused() {
    assertThat(AuditCsv.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(AuditCsv.safe("Мадина")).isEqualTo("Мадина");
  }

  @Test
  void anAuditorVerifiesTheChain() {
    ApiClient.Reply reply = auditor.get("/api/v1/audit/verify");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.text("/result")).isEqualTo("intact");
    assertThat(reply.text("/message")).matches("intact, \\d+ events");
  }

  @Test
  void nobodyElseMayReadTheTrail() {
    ApiClient admin = TestAccounts.of(context).admin();
    for (String path :
        new String[] {"/api/v1/audit/events", "/api/v1/audit/events.csv", "/api/v1/audit/verify"}) {
      ApiClient.Reply denied = admin.get(path);
      assertThat(denied.status()).as(path).isEqualTo(403);
      assertThat(denied.raw().body()).as(path).doesNotContain(target);
      assertThat(ApiClient.anonymous(port).get(path).status()).as(path).isEqualTo(401);
    }
  }

  @Test
  void theAuditPageShowsTheTrailToAuditorsOnly() throws Exception {
    Browser browser = Browser.signIn(port, auditorName, PASSWORD);
    HttpResponse<String> page = browser.get("/audit?targetId=" + target);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("PERSON_UPDATED", actor, "href=\"/audit/events.csv?");
    HttpResponse<String> csv = browser.get("/audit/events.csv?targetId=" + target);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("PERSON_REGISTERED");
    HttpResponse<String> bad = browser.get("/audit?from=yesterday");
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("from: a date");

    Browser admin = Browser.signIn(port, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
    HttpResponse<String> denied = admin.get("/audit?targetId=" + target);
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.body()).doesNotContain("PERSON_UPDATED");
  }

  /** A browser's session: signs in through the login form, with its CSRF token. */
  record Browser(HttpClient http, String base) {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    static Browser signIn(int port, String user, String password)
        throws IOException, InterruptedException {
      HttpClient http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      Browser browser = new Browser(http, "http://localhost:" + port);
      Matcher token = CSRF.matcher(browser.get("/login").body());
      assertThat(token.find()).as("CSRF token on the login page").isTrue();
      String form =
          "username="
              + ApiClient.query(user)
              + "&password="
              + ApiClient.query(password)
              + "&_csrf="
              + ApiClient.query(token.group(1));
      HttpResponse<String> login =
          http.send(
              HttpRequest.newBuilder(URI.create(browser.base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
      return browser;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }
}
