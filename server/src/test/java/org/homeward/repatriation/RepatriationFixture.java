package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.Role;
import org.homeward.registry.RegistryService;
import org.homeward.testing.ApiClient;
import org.homeward.testing.People;
import org.homeward.testing.TestAccounts;
import org.springframework.context.ApplicationContext;

/**
 * A home state's ministry (TJK) with a registrar and two coordinators, a partner authority of a
 * third state (KAZ), and the steps that take persons from registration to an executed operation.
 * Each fixture uses fresh names, so tests sharing one database do not see each other's data.
 */
final class RepatriationFixture {
  final String suffix = UUID.randomUUID().toString().substring(0, 6);
  final ApiClient registrar;
  final ApiClient coordinator;
  final ApiClient secondCoordinator;
  final ApiClient kazakhPartner;
  private final RepatriationService cases;
  private final RegistryService registry;

  String coordinatorName() {
    return "fx-coord-" + suffix;
  }

  RepatriationFixture(ApplicationContext context) {
    TestAccounts accounts = TestAccounts.of(context);
    String ministry = "Ministry " + suffix;
    registrar = user(accounts, "fx-reg", Role.REGISTRAR, ministry, "TJK");
    coordinator = user(accounts, "fx-coord", Role.OPERATIONS_COORDINATOR, ministry, "TJK");
    secondCoordinator = user(accounts, "fx-coord2", Role.OPERATIONS_COORDINATOR, ministry, "TJK");
    kazakhPartner =
        user(accounts, "fx-kz", Role.PARTNER_AUTHORITY, "Kazakh ministry " + suffix, "KAZ");
    cases = context.getBean(RepatriationService.class);
    registry = context.getBean(RegistryService.class);
  }

  private ApiClient user(TestAccounts accounts, String name, Role role, String agency, String st) {
    return accounts.tokenClient(accounts.user(name + "-" + suffix, role, agency, "GOVERNMENT", st));
  }

  static LocalDate yesterday() {
    return LocalDate.now(ZoneOffset.UTC).minusDays(1);
  }

  String register(People person) {
    ApiClient.Reply reply = registrar.post("/api/v1/persons", person.body());
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
    return reply.text("/id");
  }

  String woman(String name, String nationality) {
    return register(
        People.person(name + " " + suffix).born("1990", "YEAR").nationality(nationality));
  }

  String child(String name, String sex, int age, String nationality, String mother) {
    String child =
        register(People.person(name + " " + suffix).sex(sex).aged(age).nationality(nationality));
    ApiClient.Reply link =
        registrar.post(
            "/api/v1/relationships",
            Map.of(
                "fromPersonId",
                mother,
                "type",
                "MOTHER_OF",
                "toPersonId",
                child,
                "evidence",
                "DECLARED"));
    assertThat(link.status()).as(link.body().toString()).isEqualTo(201);
    return child;
  }

  /** Drives a case to APPROVED: the steps as the system, the approval by the coordinator. */
  void approve(String person) {
    UUID id = UUID.fromString(person);
    cases.open(id, "on the list");
    cases.step(id, "VERIFY_NATIONALITY", "passport", "DOCUMENT", "P-" + person.substring(0, 6));
    registry.recordVetting(id, "CLEARED", null);
    cases.step(id, "MARK_VETTED", "cleared", null, null);
    cases.step(id, "PROPOSE_APPROVAL", "ready", null, null);
    ApiClient.Reply approved =
        coordinator.post(
            "/api/v1/persons/" + person + "/case/approval", Map.of("reason", "checked"));
    assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
  }

  /** The third state asks for these persons and the ministry accepts. */
  void requestedByKazakhstan(List<String> persons) {
    ApiClient.Reply asked =
        kazakhPartner.post(
            "/api/v1/transfer-requests",
            Map.of("personIds", persons, "reason", "request of the Kazakh authorities"));
    assertThat(asked.status()).as(asked.body().toString()).isEqualTo(201);
    ApiClient.Reply accepted =
        coordinator.post(
            "/api/v1/transfer-requests/" + asked.text("/id") + "/decision",
            Map.of("accept", true, "reason", "hand over with the next operation"));
    assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
  }

  String plan(int capacity, List<String> receivingStates) {
    ApiClient.Reply reply =
        coordinator.post(
            "/api/v1/operations",
            Map.of(
                "name",
                "Operation " + suffix + "-" + UUID.randomUUID().toString().substring(0, 4),
                "plannedDate",
                yesterday().toString(),
                "handoverPoint",
                "Semalka crossing",
                "receivingStates",
                receivingStates,
                "capacity",
                capacity));
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
    return reply.text("/id");
  }

  ApiClient.Reply add(String operation, List<String> persons) {
    List<Map<String, Object>> list = new ArrayList<>();
    persons.forEach(p -> list.add(Map.of("personId", p)));
    return coordinator.post(
        "/api/v1/operations/" + operation + "/manifest", Map.of("persons", list));
  }

  String plannedAndConfirmed(List<String> receivingStates, List<String> persons) {
    String operation = plan(persons.size() + 10, receivingStates);
    ApiClient.Reply added = add(operation, persons);
    assertThat(added.status()).as(added.body().toString()).isEqualTo(200);
    ApiClient.Reply confirmed =
        coordinator.post("/api/v1/operations/" + operation + "/confirmation", Map.of());
    assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(200);
    return operation;
  }

  static Map<String, Object> handover(String state, String from, String to) {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("receivingState", state);
    h.put("fromAuthority", "Autonomous Administration of North and East Syria");
    h.put("toAuthority", "Authorities of " + state);
    h.put("handedOverAt", yesterday() + "T10:30:00+03:00");
    h.put("fromOfficials", List.of(from));
    h.put("toOfficials", List.of(to));
    return h;
  }

  ApiClient.Reply execute(
      String operation, List<Map<String, Object>> notLeaving, List<Map<String, Object>> handovers) {
    return coordinator.post(
        "/api/v1/operations/" + operation + "/execution",
        Map.of("notLeaving", notLeaving, "handovers", handovers));
  }
}
