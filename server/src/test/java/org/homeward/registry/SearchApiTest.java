package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.PersonApiTest.ids;
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
class SearchApiTest {
  @LocalServerPort int port;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired Agencies agencies;
  @Autowired UserAccounts accounts;
  ApiClient api;

  @BeforeEach
  void signIn() {
    api = TestAccounts.of(context).registrarClient();
  }

  private String register(String... names) {
    return api.post("/api/v1/persons", person(names).body()).text("/id");
  }

  private List<String> search(String q) {
    Reply reply = api.get("/api/v1/persons/search?limit=50&q=" + ApiClient.query(q));
    assertThat(reply.status()).isEqualTo(200);
    return ids(reply);
  }

  @Test
  void latinSpellingFindsCyrillicAndArabicSpellings() {
    String cyrillic = register("Рахимова Мадина");
    String arabic = register("رحيموفا مدينة");

    assertThat(search("Rakhimova")).contains(cyrillic, arabic);
  }

  @Test
  void wordOrderAndTransliterationVariantDoNotMatter() {
    String id = register("Rakhimova Madina");

    assertThat(search("Madina Rahimova")).contains(id);
  }

  @Test
  void bestMatchRanksFirst() {
    String both = register("Хайдарова Шахноза");
    register("Хайдарова Дилноза");
    register("Шахноза Тоҷиева");

    assertThat(search("Shakhnoza Khaydarova").get(0)).isEqualTo(both);
  }

  @Test
  void differentNameIsNotFound() {
    String id = register("Назарова Феруза");

    assertThat(search("Abdullaev")).doesNotContain(id);
  }

  @Test
  void blankQueryIsRefusedByField() {
    Reply reply = api.get("/api/v1/persons/search?q=%20%20");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(PersonApiTest.fields(reply)).containsExactly("q");
  }
}
