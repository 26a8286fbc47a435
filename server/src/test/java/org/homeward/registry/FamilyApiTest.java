package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.PersonApiTest.fields;
import static org.homeward.registry.PersonApiTest.map;
import static org.homeward.testing.People.person;

import java.util.List;
import org.homeward.access.Agencies;
import org.homeward.access.UserAccounts;
import org.homeward.testing.ApiClient;
import org.homeward.testing.ApiClient.Reply;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HomewardIntegrationTest
class FamilyApiTest {
  @LocalServerPort int port;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired Agencies agencies;
  @Autowired UserAccounts accounts;
  ApiClient api;
  String mother;
  String daughter;
  String son;
  String father;

  @BeforeEach
  void family() {
    api = TestAccounts.of(context).registrarClient();
    mother = register(person("Саидова Малика").born("1990", "YEAR"));
    daughter = register(person("Саидова Зарина").born("2016", "YEAR"));
    son = register(person("Саидов Умар").sex("MALE").aged(4));
    father = register(person("Саидов Рустам").sex("MALE").born("1985", "YEAR"));
  }

  private String register(org.homeward.testing.People p) {
    return api.post("/api/v1/persons", p.body()).text("/id");
  }

  private Reply link(String from, String type, String to) {
    return api.post(
        "/api/v1/relationships",
        map("fromPersonId", from, "type", type, "toPersonId", to, "evidence", "DECLARED"));
  }

  @Test
  void householdHoldsMotherAndChildrenButNotTheFather() {
    assertThat(link(mother, "MOTHER_OF", daughter).status()).isEqualTo(201);
    assertThat(link(mother, "MOTHER_OF", son).status()).isEqualTo(201);
    assertThat(link(daughter, "SIBLING_OF", son).status()).isEqualTo(201);
    assertThat(link(father, "FATHER_OF", son).status()).isEqualTo(201);

    Reply household = api.get("/api/v1/persons/" + son + "/household");

    List<String> members =
        household.body().get("members").valueStream().map(m -> m.get("id").asString()).toList();
    assertThat(members).containsExactlyInAnyOrder(mother, daughter, son);
    assertThat(api.get("/api/v1/persons/" + son + "/relationships").body().size()).isEqualTo(3);
  }

  @Test
  void nobodyIsTheirOwnRelative() {
    Reply reply = link(mother, "MOTHER_OF", mother);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("toPersonId");
  }

  @Test
  void childCannotBecomeTheMotherOfHerMother() {
    link(mother, "MOTHER_OF", daughter);

    Reply reply = link(daughter, "MOTHER_OF", mother);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text("/errors/0/expected")).contains("own ancestor");
  }

  @Test
  void childHasOnlyOneMother() {
    String other = register(person("Другая Мать").born("1988", "YEAR"));
    link(mother, "MOTHER_OF", daughter);

    Reply reply = link(other, "MOTHER_OF", daughter);

    assertThat(reply.status()).isEqualTo(409);
  }

  @Test
  void motherMustBeOldEnough() {
    Reply reply = link(daughter, "MOTHER_OF", son);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("fromPersonId");
  }

  @Test
  void fatherOfMustBeMaleOrUnknown() {
    Reply reply = link(mother, "FATHER_OF", son);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("type");
  }

  @Test
  void duplicateSiblingLinkIsAConflictInEitherDirection() {
    link(daughter, "SIBLING_OF", son);

    assertThat(link(son, "SIBLING_OF", daughter).status()).isEqualTo(409);
  }

  @Test
  void unknownTypeAndPersonAreNamed() {
    Reply reply =
        api.post(
            "/api/v1/relationships",
            map("fromPersonId", mother, "type", "AUNT_OF", "toPersonId", daughter));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("type");
    Reply missing = link(mother, "MOTHER_OF", java.util.UUID.randomUUID().toString());
    assertThat(fields(missing)).containsExactly("toPersonId");
  }
}
