package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.access.AccessFixture.national;
import static org.homeward.access.AccessFixture.register;

import java.util.List;
import java.util.Map;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two states' registrars on one deployment: each sees only their own nationals. */
@HomewardIntegrationTest
class CrossStateScopeTest {
  @LocalServerPort int port;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired Agencies agencies;
  @Autowired UserAccounts users;

  AccessFixture fixture;
  ApiClient tajik;
  ApiClient kazakh;
  String tajikNational;
  String kazakhNational;
  String dualNational;

  @BeforeEach
  void twoStates() {
    fixture = new AccessFixture(context);
    tajik = fixture.user("registrar-tj", Role.REGISTRAR, "TJK");
    kazakh = fixture.user("registrar-kz", Role.REGISTRAR, "KAZ");
    tajikNational = register(tajik, national("Сафарова Нигина " + fixture.suffix, "TJK"));
    kazakhNational = register(kazakh, national("Серикова Айгерим " + fixture.suffix, "KAZ"));
    dualNational = register(tajik, national("Исмоилова Дилноза " + fixture.suffix, "TJK", "KAZ"));
  }

  private long notFoundAudited() {
    return jdbc.sql(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'NOT_FOUND' AND details LIKE :path")
        .param("path", "%" + kazakhNational + "%")
        .query(Long.class)
        .single();
  }

  private static List<String> search(ApiClient api, String q) {
    return api.get("/api/v1/persons/search?limit=200&q=" + ApiClient.query(q))
        .body()
        .get("items")
        .valueStream()
        .map(p -> p.get("id").asString())
        .toList();
  }

  private static List<String> list(ApiClient api, String nationality) {
    return api.get("/api/v1/persons?limit=200&nationality=" + nationality)
        .body()
        .get("items")
        .valueStream()
        .map(p -> p.get("id").asString())
        .toList();
  }

  @Test
  void eachStateSeesItsOwnNationalsAndTheDualNational() {
    assertThat(tajik.get("/api/v1/persons/" + tajikNational).status()).isEqualTo(200);
    assertThat(kazakh.get("/api/v1/persons/" + kazakhNational).status()).isEqualTo(200);
    assertThat(tajik.get("/api/v1/persons/" + dualNational).status()).isEqualTo(200);
    assertThat(kazakh.get("/api/v1/persons/" + dualNational).status()).isEqualTo(200);
  }

  @Test
  void anotherStatesNationalDoesNotExistAnywhere() {
    long probesBefore = notFoundAudited();
    ApiClient.Reply direct = tajik.get("/api/v1/persons/" + kazakhNational);
    assertThat(notFoundAudited()).isEqualTo(probesBefore + 1);

    assertThat(direct.status()).isEqualTo(404);
    assertThat(direct.raw().body()).doesNotContain("Серикова");
    assertThat(search(tajik, "Serikova Aigerim " + fixture.suffix)).doesNotContain(kazakhNational);
    assertThat(list(tajik, "KAZ")).doesNotContain(kazakhNational).contains(dualNational);
    assertThat(tajik.get("/api/v1/persons/" + kazakhNational + "/relationships").status())
        .isEqualTo(404);
    assertThat(tajik.get("/api/v1/persons/" + kazakhNational + "/household").status())
        .isEqualTo(404);
    assertThat(
            tajik
                .put("/api/v1/persons/" + kazakhNational, national("X", "KAZ").body(), "\"1\"")
                .status())
        .isEqualTo(404);
  }

  @Test
  void linkingToAPersonOutOfScopeFailsLikeAnUnknownPerson() {
    ApiClient.Reply reply =
        tajik.post(
            "/api/v1/relationships",
            Map.of(
                "fromPersonId", tajikNational, "type", "SIBLING_OF", "toPersonId", kazakhNational));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text("/errors/0/expected")).isEqualTo("the id of a registered person");
  }

  @Test
  void personHandedToAThirdStateBecomesVisibleToIt() {
    ApiClient.Reply before = tajik.get("/api/v1/persons/" + tajikNational);
    assertThat(kazakh.get("/api/v1/persons/" + tajikNational).status()).isEqualTo(404);

    ApiClient.Reply handed =
        tajik.put(
            "/api/v1/persons/" + tajikNational,
            national("Сафарова Нигина " + fixture.suffix, "TJK")
                .set("custodyStatus", "HANDED_TO_THIRD_STATE")
                .set("handedToState", "KAZ")
                .body(),
            before.header("ETag"));

    assertThat(handed.status()).isEqualTo(200);
    assertThat(kazakh.get("/api/v1/persons/" + tajikNational).status()).isEqualTo(200);
  }

  @Test
  void sharedRecordBecomesVisibleToTheAgencyItIsSharedWith() {
    ApiClient.Reply share =
        tajik.post(
            "/api/v1/persons/" + tajikNational + "/shares",
            Map.of(
                "agencyId", fixture.kazakhAgency.toString(), "reason", "family tracing request"));

    assertThat(share.status()).isEqualTo(201);
    assertThat(kazakh.get("/api/v1/persons/" + tajikNational).status()).isEqualTo(200);
    assertThat(search(kazakh, "Safarova Nigina " + fixture.suffix)).contains(tajikNational);
  }

  @Test
  void shareNeedsAReason() {
    ApiClient.Reply share =
        tajik.post(
            "/api/v1/persons/" + tajikNational + "/shares",
            Map.of("agencyId", fixture.kazakhAgency.toString()));

    assertThat(share.status()).isEqualTo(400);
    assertThat(share.text("/errors/0/field")).isEqualTo("reason");
  }

  @Test
  void custodianSeesThoseHeldInItsFacilitiesOnly() {
    ApiClient admin = TestAccounts.of(context).admin();
    String facility =
        admin
            .post(
                "/api/v1/facilities",
                Map.of(
                    "name",
                    "Scope camp " + fixture.suffix,
                    "kind",
                    "CAMP",
                    "countryCode",
                    "SYR",
                    "custodianAgencyId",
                    fixture.custodianAgency.toString()))
            .text("/id");
    String held =
        register(
            tajik, national("Холова Зарина " + fixture.suffix, "TJK").set("facilityId", facility));
    ApiClient custodian = fixture.user("custodian", Role.CUSTODIAN, null);

    assertThat(custodian.get("/api/v1/persons/" + held).status()).isEqualTo(200);
    assertThat(custodian.get("/api/v1/persons/" + tajikNational).status()).isEqualTo(404);
  }

  @Test
  void rolesWithoutPersonAccessAreRefusedOutright() {
    ApiClient analyst = fixture.user("analyst", Role.ANALYST, "TJK");

    assertThat(analyst.get("/api/v1/persons?limit=5").status()).isEqualTo(403);
    assertThat(analyst.get("/api/v1/persons/" + tajikNational).status()).isEqualTo(403);
  }
}
