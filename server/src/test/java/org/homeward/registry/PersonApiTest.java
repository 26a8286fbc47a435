package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
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

@HomewardIntegrationTest
class PersonApiTest {
  @LocalServerPort int port;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired Agencies agencies;
  @Autowired UserAccounts accounts;
  @Autowired RegistryService registry;
  ApiClient api;

  @BeforeEach
  void signIn() {
    api = TestAccounts.of(context).registrarClient();
  }

  @Test
  void registersPersonWithNamesInThreeScriptsAndReadsItBack() {
    Reply created =
        api.post(
            "/api/v1/persons",
            person("Рахимова Мадина", "Madina Rakhimova", "رحيموفا مدينة")
                .born("1994-03", "MONTH")
                .nationality("TJK")
                .set("vulnerabilities", List.of("PREGNANCY"))
                .body());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/persons/" + created.text("/id"));
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    Reply read = api.get("/api/v1/persons/" + created.text("/id"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("names").valueStream().map(n -> n.get("script").asString()))
        .containsExactly("Cyrl", "Latn", "Arab");
    assertThat(read.text("/birthDate/value")).isEqualTo("1994-03");
    assertThat(read.text("/birthDate/earliest")).isEqualTo("1994-03-01");
    assertThat(read.text("/birthDate/latest")).isEqualTo("1994-03-31");
    assertThat(read.text("/nationalities/0/countryCode")).isEqualTo("TJK");
    assertThat(read.text("/custodyStatus")).isEqualTo("HELD");
    assertThat(read.text("/vulnerabilities/0")).isEqualTo("PREGNANCY");
  }

  @Test
  void estimatesBirthDateFromStatedAge() {
    Reply created = api.post("/api/v1/persons", person("Зарина").aged(7).body());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("/birthDate/precision")).isEqualTo("ESTIMATED");
    assertThat(created.body().get("age").asInt()).isEqualTo(7);
    assertThat(created.text("/ageBand")).isEqualTo("5-11");
  }

  @Test
  void updateBasedOnTheCurrentVersionIsAcceptedAndRecordsCustodyHistory() {
    Reply created = api.post("/api/v1/persons", person("Юсупова Ойша").nationality("UZB").body());
    String id = created.text("/id");

    Reply updated =
        api.put(
            "/api/v1/persons/" + id,
            person("Юсупова Ойша", "Yusupova Oisha")
                .nationality("UZB")
                .set("custodyStatus", "IN_TRANSIT")
                .body(),
            created.header("ETag"));

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.header("ETag")).isEqualTo("\"2\"");
    assertThat(updated.body().get("names").size()).isEqualTo(2);
    Reply history = api.get("/api/v1/persons/" + id + "/custody-history");
    assertThat(history.body().valueStream().map(e -> e.get("status").asString()))
        .containsExactly("HELD", "IN_TRANSIT");
  }

  @Test
  void staleWriteIsRefusedWith412AndNothingIsOverwritten() {
    Reply created = api.post("/api/v1/persons", person("Каримова Нилуфар").body());
    String id = created.text("/id");
    String firstEtag = created.header("ETag");
    api.put(
        "/api/v1/persons/" + id, person("Каримова Нилуфар", "Karimova Nilufar").body(), firstEtag);

    Reply stale = api.put("/api/v1/persons/" + id, person("Someone Else").body(), firstEtag);

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.header("Content-Type")).contains("application/problem+json");
    assertThat(api.get("/api/v1/persons/" + id).body().get("names").size()).isEqualTo(2);
  }

  @Test
  void writeWithoutIfMatchIsRefusedWith428() {
    String id = api.post("/api/v1/persons", person("Саидова Гулнора").body()).text("/id");

    Reply reply = api.put("/api/v1/persons/" + id, person("Саидова Гулнора").body(), null);

    assertThat(reply.status()).isEqualTo(428);
    assertThat(reply.text("/errors/0/field")).isEqualTo("If-Match");
  }

  @Test
  void unknownPersonIsNotFound() {
    Reply reply = api.get("/api/v1/persons/00000000-0000-0000-0000-000000000000");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type")).contains("application/problem+json");
  }

  @Test
  void listPagesThroughEveryPersonOnceWithCursors() {
    for (int i = 0; i < 7; i++) {
      api.post(
          "/api/v1/persons",
          person("Страница Тест" + "абвгдеж".charAt(i)).nationality("KGZ").body());
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      Reply page =
          api.get(
              "/api/v1/persons?limit=3&nationality=KGZ"
                  + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).isEqualTo(200);
      page.body()
          .get("items")
          .valueStream()
          .forEach(p -> assertThat(seen.add(p.get("id").asString())).isTrue());
      cursor = page.text("/nextCursor");
      pages++;
    } while (cursor != null && pages < 1000);

    assertThat(seen).hasSizeGreaterThanOrEqualTo(7);
    assertThat(pages).isGreaterThanOrEqualTo(3);
  }

  @Test
  void filtersByNationalityAgeBandSexAndCustody() {
    String girl =
        api.post(
                "/api/v1/persons",
                person("Фильтрова Айгерим").nationality("KAZ").aged(6).sex("FEMALE").body())
            .text("/id");
    String boy =
        api.post(
                "/api/v1/persons",
                person("Фильтров Алмас").nationality("KAZ").aged(6).sex("MALE").body())
            .text("/id");
    String woman =
        api.post("/api/v1/persons", person("Фильтрова Дана").nationality("KAZ").aged(30).body())
            .text("/id");

    List<String> found =
        ids(
            api.get(
                "/api/v1/persons?limit=200&nationality=KAZ&ageBand=5-11&sex=FEMALE&custodyStatus=HELD"));

    assertThat(found).contains(girl).doesNotContain(boy, woman);
  }

  @Test
  void unknownFilterValuesAreNamed() {
    Reply reply = api.get("/api/v1/persons?ageBand=teen&sex=X&custodyStatus=gone&nationality=ZZZ");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).contains("ageBand", "sex", "custodyStatus");
  }

  @Test
  void forgedCursorIsRefused() {
    Reply reply = api.get("/api/v1/persons?cursor=not-a-cursor");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("cursor");
  }

  @Test
  void apiAndPagesRequireSignIn() {
    ApiClient anonymous = ApiClient.anonymous(port);

    Reply api401 = anonymous.get("/api/v1/persons");
    Reply page = anonymous.get("/persons");
    Reply openApi = anonymous.get("/api/v1/openapi.json");
    Reply health = anonymous.get("/actuator/health");

    assertThat(api401.status()).isEqualTo(401);
    assertThat(api401.header("Content-Type")).contains("application/problem+json");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location")).endsWith("/login");
    assertThat(openApi.status()).isEqualTo(401);
    assertThat(health.status()).isEqualTo(200);
  }

  @Test
  void wrongPasswordIsRefused() {
    Reply reply = new ApiClient(port, "admin", "wrong").get("/api/v1/persons");

    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void openApiDocumentDescribesThePersonEndpoints() {
    Reply reply = api.get("/api/v1/openapi.json");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("paths").propertyNames())
        .contains(
            "/api/v1/persons",
            "/api/v1/persons/{id}",
            "/api/v1/persons/search",
            "/api/v1/relationships");
  }

  static List<String> ids(Reply reply) {
    return reply.body().get("items").valueStream().map(p -> p.get("id").asString()).toList();
  }

  static List<String> fields(Reply reply) {
    return reply.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
  }

  static Map<String, Object> map(Object... pairs) {
    java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
