package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

/** "At the demand of the Kazakh authorities": a state asks for its nationals; the owner decides. */
@HomewardIntegrationTest
class TransferRequestApiTest {
  @Autowired ApplicationContext context;

  TestAccounts accounts;
  String suffix;
  ApiClient tajikRegistrar;
  ApiClient tajikCoordinator;
  ApiClient kazakhPartner;
  String mother;
  String child;

  @BeforeEach
  void aKazakhFamilyInTheTajikRegistry() {
    accounts = TestAccounts.of(context);
    suffix = UUID.randomUUID().toString().substring(0, 6);
    String tajik = "Transfer ministry " + suffix;
    tajikRegistrar = user("tr-reg", Role.REGISTRAR, tajik, "TJK");
    tajikCoordinator = user("tr-coord", Role.OPERATIONS_COORDINATOR, tajik, "TJK");
    kazakhPartner =
        user("tr-kz", Role.PARTNER_AUTHORITY, "Kazakh foreign ministry " + suffix, "KAZ");
    mother = register(People.person("Сейтқали Айгерим " + suffix).nationality("KAZ"));
    child =
        register(People.person("Сейтқали Дәурен " + suffix).sex("MALE").aged(6).nationality("KAZ"));
  }

  private ApiClient user(String name, Role role, String agency, String state) {
    return accounts.client(accounts.user(name + "-" + suffix, role, agency, "GOVERNMENT", state));
  }

  private String register(People person) {
    return tajikRegistrar.post("/api/v1/persons", person.body()).text("/id");
  }

  private ApiClient.Reply ask(ApiClient who, List<String> persons) {
    return who.post(
        "/api/v1/transfer-requests",
        Map.of("personIds", persons, "reason", "request of the Kazakh authorities, note 17/2023"));
  }

  @Test
  void partnerAsksForItsNationalsAndTheOwnerAcceptsWithAReason() {
    ApiClient.Reply asked = ask(kazakhPartner, List.of(mother, child));
    String id = asked.text("/id");

    ApiClient.Reply seenByOwner = tajikCoordinator.get("/api/v1/transfer-requests/" + id);
    ApiClient.Reply accepted =
        tajikCoordinator.post(
            "/api/v1/transfer-requests/" + id + "/decision",
            Map.of("accept", true, "reason", "to be handed over with the next operation"));
    ApiClient.Reply again =
        tajikCoordinator.post(
            "/api/v1/transfer-requests/" + id + "/decision",
            Map.of("accept", false, "reason", "changed mind"));

    assertThat(asked.status()).isEqualTo(201);
    assertThat(asked.text("/requestingState")).isEqualTo("KAZ");
    assertThat(seenByOwner.status()).isEqualTo(200);
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.text("/status")).isEqualTo("ACCEPTED");
    assertThat(again.status()).isEqualTo(409);
    assertThat(kazakhPartner.get("/api/v1/transfer-requests/" + id).text("/status"))
        .isEqualTo("ACCEPTED");
  }

  @Test
  void aStateCannotAskForPersonsItMayNotSee() {
    String tajikOnly = register(People.person("Назарова Сабина " + suffix).nationality("TJK"));

    ApiClient.Reply reply = ask(kazakhPartner, List.of(mother, tajikOnly));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text("/errors/0/field")).isEqualTo("personIds");
  }

  @Test
  void declineNeedsAReasonAndOnlyPartnersMayAsk() {
    String id = ask(kazakhPartner, List.of(mother)).text("/id");

    ApiClient.Reply noReason =
        tajikCoordinator.post(
            "/api/v1/transfer-requests/" + id + "/decision", Map.of("accept", false));
    ApiClient.Reply registrarAsks = ask(tajikRegistrar, List.of(mother));

    assertThat(noReason.status()).isEqualTo(409);
    assertThat(noReason.text("/detail")).contains("reason");
    assertThat(registrarAsks.status()).isEqualTo(403);
  }

  @Test
  void requestIsInvisibleToThoseWhoMayNotSeeItsPersons() {
    String id = ask(kazakhPartner, List.of(mother)).text("/id");
    ApiClient otherCoordinator =
        user("tr-other", Role.OPERATIONS_COORDINATOR, "Uzbek ministry " + suffix, "UZB");

    assertThat(otherCoordinator.get("/api/v1/transfer-requests/" + id).status()).isEqualTo(404);
    assertThat(
            otherCoordinator
                .post(
                    "/api/v1/transfer-requests/" + id + "/decision",
                    Map.of("accept", true, "reason", "x"))
                .status())
        .isEqualTo(404);
    assertThat(otherCoordinator.get("/api/v1/transfer-requests").raw().body()).doesNotContain(id);
  }
}
