package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.Role;
import org.homeward.registry.RegistryService;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The day the origin article reports, replayed through the API: a ministry brings home 31 women and
 * 73 children in one operation and, at the request of the Kazakh authorities, hands a mother and
 * her four children to Kazakhstan. The statement must say exactly that, and every person's chain of
 * custody and audit trail must be complete.
 */
@HomewardIntegrationTest
class ArticleDayTest {
  private static final int WOMEN = 31;
  private static final int CHILDREN = 73;

  @Autowired ApplicationContext context;
  @Autowired RegistryService registry;

  RepatriationFixture fx;

  @Test
  void thirtyOneWomenAndSeventyThreeChildrenComeHomeAndAKazakhFamilyIsHandedOver() {
    fx = new RepatriationFixture(context);
    List<String> home = registerTajikFamilies();
    home.forEach(this::approveThroughTheApi);
    String kazakhMother = fx.woman("Сейтқалиева Айгерим", "KAZ");
    List<String> kazakhs = new ArrayList<>(List.of(kazakhMother));
    for (int i = 0; i < 4; i++) {
      kazakhs.add(
          fx.child(
              "Сейтқали " + (i + 1),
              i % 2 == 0 ? "MALE" : "FEMALE",
              3 + 2 * i,
              "KAZ",
              kazakhMother));
    }
    fx.requestedByKazakhstan(kazakhs);

    List<String> everyone = new ArrayList<>(home);
    everyone.addAll(kazakhs);
    String operation = fx.plan(120, List.of("TJK", "KAZ"));
    for (int from = 0; from < everyone.size(); from += 40) {
      ApiClient.Reply added =
          fx.add(operation, everyone.subList(from, Math.min(everyone.size(), from + 40)));
      assertThat(added.status()).as(added.body().toString()).isEqualTo(200);
    }
    assertThat(
            fx.coordinator
                .post("/api/v1/operations/" + operation + "/confirmation", Map.of())
                .status())
        .isEqualTo(200);
    ApiClient.Reply executed =
        fx.execute(
            operation,
            List.of(),
            List.of(
                RepatriationFixture.handover("TJK", "Kh. Ahmad", "D. Nazarov"),
                RepatriationFixture.handover("KAZ", "Kh. Ahmad", "B. Seitkali")));
    assertThat(executed.status()).as(executed.body().toString()).isEqualTo(200);

    ApiClient.Reply statement =
        fx.coordinator.get("/api/v1/operations/" + operation + "/statement?lang=en");
    assertThat(statement.text("/text"))
        .isEqualTo(
            "The group included 31 women and 73 children, as well as five citizens of Kazakhstan"
                + " \u2014 a mother and her four children \u2014 at the request of the authorities"
                + " of Kazakhstan.");
    assertThat(statement.body().at("/summary/departed").asInt()).isEqualTo(109);
    assertThat(statement.body().at("/summary/byReceivingState/TJK").asInt()).isEqualTo(104);
    assertThat(statement.body().at("/summary/byReceivingState/KAZ").asInt()).isEqualTo(5);
    assertThat(
            fx.coordinator
                .get("/api/v1/operations/" + operation + "/statement?lang=ru")
                .text("/text"))
        .startsWith("Состав группы: 31 женщина и 73 ребёнка, а также 5 граждан");

    for (String person : home) {
      assertCustodyChainAndAudit(person, "TJK", "REPATRIATED");
    }
    for (String person : kazakhs) {
      assertCustodyChainAndAudit(person, "KAZ", "HANDED_TO_THIRD_STATE");
    }
    ApiClient auditor = auditor();
    assertThat(auditor.get("/api/v1/audit/verify").text("/result")).isEqualTo("intact");
    JsonNode kazakhTimeline = fx.coordinator.get("/api/v1/states/KAZ/operations").body();
    boolean listed = false;
    for (JsonNode o : kazakhTimeline) {
      if (o.get("operationId").asString().equals(operation)) {
        listed = true;
        assertThat(o.get("handedToThisState").asInt()).isEqualTo(5);
        assertThat(o.get("departed").asInt()).isEqualTo(109);
      }
    }
    assertThat(listed).as("the operation is on Kazakhstan's timeline").isTrue();
  }

  /** 31 mothers: eleven with three children and twenty with two, aged 1 to 17. */
  private List<String> registerTajikFamilies() {
    List<String> persons = new ArrayList<>();
    int children = 0;
    for (int w = 0; w < WOMEN; w++) {
      String mother = fx.woman("Раҳимова " + w, "TJK");
      persons.add(mother);
      int count = w < 11 ? 3 : 2;
      for (int c = 0; c < count; c++, children++) {
        persons.add(
            fx.child(
                "Раҳимов " + w + "-" + c,
                children % 2 == 0 ? "MALE" : "FEMALE",
                1 + children % 17,
                "TJK",
                mother));
      }
    }
    assertThat(children).isEqualTo(CHILDREN);
    return persons;
  }

  /** Every step of the case through the API; only the vetting outcome is recorded by service. */
  private void approveThroughTheApi(String person) {
    String base = "/api/v1/persons/" + person + "/case";
    expect(fx.registrar.post(base, Map.of("reason", "on the ministry's list")), 201);
    expect(
        fx.registrar.post(
            base + "/steps",
            Map.of(
                "step",
                "VERIFY_NATIONALITY",
                "reason",
                "birth certificate",
                "evidenceKind",
                "DOCUMENT",
                "evidenceRef",
                "BC-" + person.substring(0, 8))),
        200);
    registry.recordVetting(UUID.fromString(person), "CLEARED", null);
    expect(
        fx.registrar.post(base + "/steps", Map.of("step", "MARK_VETTED", "reason", "cleared")),
        200);
    expect(
        fx.registrar.post(base + "/steps", Map.of("step", "PROPOSE_APPROVAL", "reason", "ready")),
        200);
    expect(fx.coordinator.post(base + "/approval", Map.of("reason", "second check")), 200);
  }

  private static void expect(ApiClient.Reply reply, int status) {
    assertThat(reply.status())
        .as(reply.body() == null ? "" : reply.body().toString())
        .isEqualTo(status);
  }

  private void assertCustodyChainAndAudit(String person, String state, String custody) {
    assertThat(fx.coordinator.get("/api/v1/persons/" + person).text("/custodyStatus"))
        .isEqualTo(custody);
    JsonNode chain = fx.coordinator.get("/api/v1/persons/" + person + "/custody-chain").body();
    assertThat(chain.size()).isEqualTo(1);
    assertThat(chain.get(0).get("receivingState").asString()).isEqualTo(state);
    assertThat(chain.get(0).get("fromOfficials").size()).isPositive();
    assertThat(chain.get(0).get("toOfficials").size()).isPositive();
    JsonNode events = auditor().get("/api/v1/audit/events?targetId=" + person).body().get("items");
    List<String> actions = new ArrayList<>();
    events.forEach(e -> actions.add(e.get("action").asString()));
    assertThat(actions).contains("PERSON_REGISTERED", "CUSTODY_PASSED");
    JsonNode timeline = fx.coordinator.get("/api/v1/persons/" + person + "/timeline").body();
    List<String> kinds = new ArrayList<>();
    timeline.forEach(e -> kinds.add(e.get("kind").asString()));
    assertThat(kinds).contains("CUSTODY", "MANIFEST", "HANDOVER");
  }

  private ApiClient auditorClient;

  private ApiClient auditor() {
    if (auditorClient == null) {
      TestAccounts accounts = TestAccounts.of(context);
      auditorClient =
          accounts.client(
              accounts.user(
                  "fx-aud-" + fx.suffix,
                  Role.AUDITOR,
                  "Oversight " + fx.suffix,
                  "GOVERNMENT",
                  "TJK"));
    }
    return auditorClient;
  }
}
