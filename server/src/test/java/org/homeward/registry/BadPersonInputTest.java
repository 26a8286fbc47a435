package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.PersonApiTest.fields;
import static org.homeward.testing.People.person;

import java.util.List;
import java.util.Map;
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

/** Every kind of bad input gets a 400 problem naming the field, and nothing is written. */
@HomewardIntegrationTest
class BadPersonInputTest {
  @LocalServerPort int port;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired Agencies agencies;
  @Autowired UserAccounts accounts;
  @Autowired RegistryService registry;
  ApiClient api;
  long personsBefore;

  @BeforeEach
  void signIn() {
    api = TestAccounts.of(context).registrarClient();
    personsBefore = registry.countPersons();
  }

  private Reply refused(Object body) {
    Reply reply = api.post("/api/v1/persons", body);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).contains("application/problem+json");
    assertThat(reply.text("/title")).isEqualTo("Invalid input");
    assertThat(reply.raw().body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(registry.countPersons()).isEqualTo(personsBefore);
    return reply;
  }

  @Test
  void unknownCountryCodeIsNamed() {
    Reply reply = refused(person("Рахимова Мадина").nationality("XYZ").body());

    assertThat(fields(reply)).containsExactly("nationalities[0].country");
    assertThat(reply.text("/errors/0/expected")).contains("ISO 3166-1 alpha-3");
  }

  @Test
  void birthDateInTheFutureIsRefused() {
    Reply reply = refused(person("Рахимова Мадина").born("2999-01-01", "EXACT").body());

    assertThat(fields(reply)).containsExactly("birthDate.value");
    assertThat(reply.text("/errors/0/expected")).contains("not in the future");
  }

  @Test
  void monthPrecisionDateWithADayIsRefused() {
    Reply reply = refused(person("Рахимова Мадина").born("2015-03-04", "MONTH").body());

    assertThat(fields(reply)).containsExactly("birthDate.value");
    assertThat(reply.text("/errors/0/expected")).contains("yyyy-MM").contains("no day");
  }

  @Test
  void yearPrecisionWithMonthIsRefused() {
    Reply reply = refused(person("Рахимова Мадина").born("2015-03", "YEAR").body());

    assertThat(fields(reply)).containsExactly("birthDate.value");
  }

  @Test
  void nameOfOnlyWhitespaceIsRefused() {
    Reply reply = refused(person(" \t  ").body());

    assertThat(fields(reply)).containsExactly("names[0].text");
  }

  @Test
  void personWithoutNamesIsRefused() {
    Reply reply = refused(person().body());

    assertThat(fields(reply)).containsExactly("names");
  }

  @Test
  void tenMegabyteNameIsRefusedByField() {
    Reply reply = refused(person("a".repeat(10 * 1024 * 1024)).body());

    assertThat(fields(reply)).containsExactly("names[0].text");
    assertThat(reply.text("/errors/0/expected")).contains("at most 300 characters");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Reply reply =
        refused(
            person("Рахимова Мадина")
                .nationality("TJ")
                .sex("WOMAN")
                .set("custodyStatus", "LOST")
                .set("vulnerabilities", List.of("ILL"))
                .body());

    assertThat(fields(reply))
        .containsExactlyInAnyOrder(
            "nationalities[0].country", "sex", "custodyStatus", "vulnerabilities[0]");
  }

  @Test
  void unknownFacilityIsRefused() {
    Reply reply =
        refused(
            person("Рахимова Мадина")
                .set("facilityId", java.util.UUID.randomUUID().toString())
                .body());

    assertThat(fields(reply)).containsExactly("facilityId");
  }

  @Test
  void badDocumentIsNamed() {
    Reply reply =
        refused(
            person("Рахимова Мадина")
                .set(
                    "documents",
                    List.of(
                        Map.of("type", "PASSPORT", "number", "<script>", "issuingCountry", "TJK")))
                .body());

    assertThat(fields(reply)).containsExactly("documents[0].number");
  }

  @Test
  void invalidJsonIsRefused() {
    Reply reply = api.postRaw("/api/v1/persons", "application/json", "{\"names\": [");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("body");
    assertThat(registry.countPersons()).isEqualTo(personsBefore);
  }

  @Test
  void wrongJsonTypeIsNamedByItsPath() {
    Reply reply = api.postRaw("/api/v1/persons", "application/json", "{\"names\": \"Madina\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("names");
  }

  @Test
  void wrongContentTypeIsRefusedAsUnsupported() {
    Reply reply = api.postRaw("/api/v1/persons", "text/plain", "Madina Rakhimova");

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.header("Content-Type")).contains("application/problem+json");
    assertThat(registry.countPersons()).isEqualTo(personsBefore);
  }

  @Test
  void numberTooLargeIsNamedByItsPath() {
    Reply reply =
        api.postRaw(
            "/api/v1/persons",
            "application/json",
            "{\"names\": [{\"text\": \"Madina\"}], \"birthDate\": {\"statedAge\": 99999999999}}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("birthDate.statedAge");
  }
}
