package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.homeward.access.Role;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.People;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case through the API: each stage's rule, four eyes, and the audit trail. */
@HomewardIntegrationTest
class CaseApiTest {
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  ApiClient registrar;
  ApiClient coordinator;
  ApiClient vetting;
  String person;

  @BeforeEach
  void aPersonAndTheirOfficers() {
    TestAccounts accounts = TestAccounts.of(context);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String agency = "Case ministry " + suffix;
    registrar =
        accounts.client(
            accounts.user("case-reg-" + suffix, Role.REGISTRAR, agency, "GOVERNMENT", "TJK"));
    coordinator =
        accounts.client(
            accounts.user(
                "case-coord-" + suffix, Role.OPERATIONS_COORDINATOR, agency, "GOVERNMENT", "TJK"));
    vetting =
        accounts.client(
            accounts.user("case-vet-" + suffix, Role.VETTING_OFFICER, agency, "GOVERNMENT", "TJK"));
    person =
        registrar
            .post(
                "/api/v1/persons",
                People.person("Назарова Мадина " + suffix).nationality("TJK").body())
            .text("/id");
  }

  private ApiClient.Reply step(ApiClient who, String step, Map<String, Object> extra) {
    java.util.Map<String, Object> body = new java.util.HashMap<>(extra);
    body.put("step", step);
    body.putIfAbsent("reason", "because " + step.toLowerCase());
    return who.post("/api/v1/persons/" + person + "/case/steps", body);
  }

  @Test
  void caseMovesFromIdentifiedToApprovedWithTwoPairsOfEyes() {
    assertThat(
            registrar
                .post("/api/v1/persons/" + person + "/case", Map.of("reason", "on the Roj list"))
                .status())
        .isEqualTo(201);
    assertThat(
            step(
                    registrar,
                    "VERIFY_NATIONALITY",
                    Map.of("evidenceKind", "DOCUMENT", "evidenceRef", "P-778"))
                .status())
        .isEqualTo(200);
    ApiClient.Reply tooEarly = step(coordinator, "MARK_VETTED", Map.of());
    vetting.put("/api/v1/persons/" + person + "/vetting", Map.of("outcome", "CLEARED"), null);
    assertThat(step(coordinator, "MARK_VETTED", Map.of()).status()).isEqualTo(200);
    assertThat(step(coordinator, "PROPOSE_APPROVAL", Map.of()).status()).isEqualTo(200);
    ApiClient.Reply ownApproval =
        coordinator.post("/api/v1/persons/" + person + "/case/approval", Map.of("reason", "mine"));
    ApiClient.Reply registrarApproval =
        registrar.post(
            "/api/v1/persons/" + person + "/case/approval", Map.of("reason", "not my role"));

    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.text("/detail")).contains("CLEARED");
    assertThat(ownApproval.status()).isEqualTo(409);
    assertThat(ownApproval.text("/detail")).contains("Nobody approves their own proposal");
    assertThat(registrarApproval.status()).isEqualTo(403);

    String second = "case-coord2-" + UUID.randomUUID().toString().substring(0, 6);
    TestAccounts accounts = TestAccounts.of(context);
    ApiClient otherCoordinator =
        accounts.client(
            accounts.user(
                second,
                Role.OPERATIONS_COORDINATOR,
                "Case ministry other " + second,
                "GOVERNMENT",
                "TJK"));
    ApiClient.Reply approved =
        otherCoordinator.post(
            "/api/v1/persons/" + person + "/case/approval", Map.of("reason", "checked"));

    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.text("/stage")).isEqualTo("APPROVED");
    assertThat(approved.body().get("history").size()).isEqualTo(5);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_event WHERE target_type = 'RepatriationCase' AND target_id = :id")
                .param("id", approved.text("/id"))
                .query(Long.class)
                .single())
        .isEqualTo(5);
  }

  @Test
  void stepWithoutAReasonOrWithAnUnknownNameIsRefused() {
    registrar.post("/api/v1/persons/" + person + "/case", Map.of("reason", "listed"));

    ApiClient.Reply noReason = step(registrar, "HOLD", Map.of("reason", ""));
    ApiClient.Reply unknown = step(registrar, "TELEPORT", Map.of());

    assertThat(noReason.status()).isEqualTo(409);
    assertThat(noReason.text("/detail")).contains("reason");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text("/errors/0/field")).isEqualTo("step");
  }

  @Test
  void onePersonHasOneCase() {
    registrar.post("/api/v1/persons/" + person + "/case", Map.of("reason", "listed"));

    assertThat(
            registrar
                .post("/api/v1/persons/" + person + "/case", Map.of("reason", "again"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void householdShowsEachMembersStageAndWhatBlocksIt() {
    String child =
        registrar
            .post(
                "/api/v1/persons",
                People.person("Назаров Умар").sex("MALE").aged(5).nationality("TJK").body())
            .text("/id");
    registrar.post(
        "/api/v1/relationships",
        Map.of(
            "fromPersonId",
            person,
            "type",
            "MOTHER_OF",
            "toPersonId",
            child,
            "evidence",
            "DECLARED"));
    registrar.post("/api/v1/persons/" + person + "/case", Map.of("reason", "listed"));

    ApiClient.Reply household = coordinator.get("/api/v1/persons/" + child + "/household/cases");

    assertThat(household.status()).isEqualTo(200);
    assertThat(household.raw().body())
        .contains("nationality not verified")
        .contains("no case opened");
  }
}
