package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.PersonApiTest.fields;
import static org.homeward.registry.PersonApiTest.map;

import org.homeward.testing.ApiClient;
import org.homeward.testing.ApiClient.Reply;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HomewardIntegrationTest
class ReferenceApiTest {
  @LocalServerPort int port;
  @Autowired org.springframework.context.ApplicationContext context;
  @org.springframework.beans.factory.annotation.Autowired org.homeward.access.Agencies agencies;
  @org.springframework.beans.factory.annotation.Autowired org.homeward.access.UserAccounts accounts;

  @Test
  void registersCustodianAgencyAndItsFacilityAndPersonHeldThere() {
    ApiClient api = TestAccounts.of(context).admin();
    String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
    Reply agency =
        api.post("/api/v1/agencies", map("name", "Camp authority " + suffix, "kind", "CUSTODIAN"));
    Reply facility =
        api.post(
            "/api/v1/facilities",
            map(
                "name",
                "Camp " + suffix,
                "kind",
                "CAMP",
                "countryCode",
                "SYR",
                "custodianAgencyId",
                agency.text("/id")));
    ApiClient registrar = TestAccounts.of(context).registrarClient();
    Reply person =
        registrar.post(
            "/api/v1/persons",
            org.homeward.testing.People.person("Каримова Сабина")
                .set("facilityId", facility.text("/id"))
                .body());

    assertThat(agency.status()).isEqualTo(201);
    assertThat(facility.status()).isEqualTo(201);
    assertThat(person.text("/facility/name")).isEqualTo("Camp " + suffix);
    assertThat(
            PersonApiTest.ids(
                registrar.get("/api/v1/persons?limit=200&facilityId=" + facility.text("/id"))))
        .containsExactly(person.text("/id"));
  }

  @Test
  void governmentAgencyNeedsItsState() {
    Reply reply =
        TestAccounts.of(context)
            .admin()
            .post("/api/v1/agencies", map("name", "Ministry", "kind", "GOVERNMENT"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("stateCode");
  }

  @Test
  void facilityWithUnknownKindAndCountryIsRefused() {
    Reply reply =
        TestAccounts.of(context)
            .admin()
            .post("/api/v1/facilities", map("name", "X", "kind", "HOTEL", "countryCode", "Syria"));

    assertThat(fields(reply)).containsExactlyInAnyOrder("kind", "countryCode");
  }

  @Test
  void statesAreListedByAlpha3Code() {
    Reply reply = TestAccounts.of(context).admin().get("/api/v1/states");

    assertThat(reply.body().valueStream().map(s -> s.get("code").asString()))
        .contains("TJK", "KAZ", "SYR");
  }
}
