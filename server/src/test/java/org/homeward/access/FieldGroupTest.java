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
import org.springframework.jdbc.core.simple.JdbcClient;

/** Field groups: a field a role may not read is absent; one it may not write cannot change. */
@HomewardIntegrationTest
class FieldGroupTest {
  @LocalServerPort int port;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired Agencies agencies;
  @Autowired UserAccounts users;
  @Autowired JdbcClient jdbc;

  AccessFixture fixture;
  ApiClient registrar;
  ApiClient vetting;
  String person;

  @BeforeEach
  void personWithAVettingOutcome() {
    fixture = new AccessFixture(context);
    registrar = fixture.user("registrar", Role.REGISTRAR, "TJK");
    vetting = fixture.user("vetting", Role.VETTING_OFFICER, "TJK");
    person =
        register(
            registrar,
            national("Мирзоева Шабнам " + fixture.suffix, "TJK")
                .set("vulnerabilities", List.of("MEDICAL"))
                .set(
                    "documents",
                    List.of(
                        Map.of(
                            "type", "PASSPORT", "number", "A1234567", "issuingCountry", "TJK"))));
    ApiClient.Reply recorded =
        vetting.put(
            "/api/v1/persons/" + person + "/vetting",
            Map.of("outcome", "REFERRED", "remarks", "interview pending"),
            null);
    assertThat(recorded.status()).isEqualTo(200);
  }

  @Test
  void vettingOfficerOfThePersonsStateReadsTheOutcome() {
    ApiClient.Reply reply = vetting.get("/api/v1/persons/" + person);

    assertThat(reply.text("/vetting/outcome")).isEqualTo("REFERRED");
    assertThat(reply.body().has("vulnerabilities")).isFalse();
  }

  @Test
  void registrarNeverReceivesAVettingField() {
    ApiClient.Reply byId = registrar.get("/api/v1/persons/" + person);
    ApiClient.Reply search =
        registrar.get(
            "/api/v1/persons/search?q=" + ApiClient.query("Mirzoeva Shabnam " + fixture.suffix));
    ApiClient.Reply list = registrar.get("/api/v1/persons?limit=200&nationality=TJK");

    assertThat(byId.body().has("vetting")).isFalse();
    assertThat(byId.raw().body()).doesNotContain("REFERRED").doesNotContain("interview pending");
    assertThat(search.raw().body()).doesNotContain("REFERRED").doesNotContain("vetting");
    assertThat(list.raw().body()).doesNotContain("REFERRED").doesNotContain("vetting");
    assertThat(byId.text("/vulnerabilities/0")).isEqualTo("MEDICAL");
  }

  @Test
  void registrarCannotRecordAVettingOutcome() {
    ApiClient.Reply reply =
        registrar.put("/api/v1/persons/" + person + "/vetting", Map.of("outcome", "CLEARED"), null);

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void vettingOfficerOfAnotherStateSeesNoVettingEvenWhenTheRecordIsShared() {
    registrar.post(
        "/api/v1/persons/" + person + "/shares",
        Map.of("agencyId", fixture.kazakhAgency.toString(), "reason", "joint case"));
    ApiClient foreignVetting = fixture.user("vetting-kz", Role.VETTING_OFFICER, "KAZ");

    ApiClient.Reply reply = foreignVetting.get("/api/v1/persons/" + person);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().has("vetting")).isFalse();
    assertThat(
            foreignVetting
                .put("/api/v1/persons/" + person + "/vetting", Map.of("outcome", "CLEARED"), null)
                .status())
        .isEqualTo(403);
  }

  @Test
  void custodianReadsNeitherHealthNorDocumentsAndChangesOnlyLocation() {
    String facility =
        TestAccounts.of(context)
            .admin()
            .post(
                "/api/v1/facilities",
                Map.of(
                    "name",
                    "Field camp " + fixture.suffix,
                    "kind",
                    "CAMP",
                    "countryCode",
                    "SYR",
                    "custodianAgencyId",
                    fixture.custodianAgency.toString()))
            .text("/id");
    ApiClient.Reply before = registrar.get("/api/v1/persons/" + person);
    registrar.put(
        "/api/v1/persons/" + person,
        national("Мирзоева Шабнам " + fixture.suffix, "TJK").set("facilityId", facility).body(),
        before.header("ETag"));
    ApiClient custodian = fixture.user("custodian", Role.CUSTODIAN, null);

    ApiClient.Reply seen = custodian.get("/api/v1/persons/" + person);
    ApiClient.Reply renamed =
        custodian.put(
            "/api/v1/persons/" + person,
            national("Someone Else", "TJK").body(),
            seen.header("ETag"));
    ApiClient.Reply guessedHealth =
        custodian.put(
            "/api/v1/persons/" + person,
            national("Мирзоева Шабнам " + fixture.suffix, "TJK")
                .set("facilityId", facility)
                .set("vulnerabilities", List.of("MEDICAL"))
                .body(),
            seen.header("ETag"));
    ApiClient.Reply moved =
        custodian.put(
            "/api/v1/persons/" + person,
            national("Мирзоева Шабнам " + fixture.suffix, "TJK")
                .set("facilityId", facility)
                .set("custodyStatus", "IN_TRANSIT")
                .body(),
            seen.header("ETag"));

    assertThat(seen.body().has("vulnerabilities")).isFalse();
    assertThat(seen.body().has("documents")).isFalse();
    assertThat(seen.raw().body()).doesNotContain("A1234567").doesNotContain("MEDICAL");
    assertThat(renamed.status()).isEqualTo(403);
    assertThat(renamed.text("/errors/0/field")).isEqualTo("names");
    assertThat(guessedHealth.status()).isEqualTo(403);
    assertThat(guessedHealth.text("/errors/0/field")).isEqualTo("vulnerabilities");
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.text("/custodyStatus")).isEqualTo("IN_TRANSIT");
    assertThat(registrar.get("/api/v1/persons/" + person).text("/vulnerabilities/0"))
        .isEqualTo("MEDICAL");
  }

  @Test
  void readingHealthOrVettingIsAudited() {
    long before = auditCount("VETTING_READ");

    vetting.get("/api/v1/persons/" + person);

    assertThat(auditCount("VETTING_READ")).isEqualTo(before + 1);
  }

  private long auditCount(String action) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND target_id = :t")
        .param("a", action)
        .param("t", person)
        .query(Long.class)
        .single();
  }
}
