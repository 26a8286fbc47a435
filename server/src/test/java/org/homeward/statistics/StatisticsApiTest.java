package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.homeward.access.Role;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.People;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Aggregates through the API for one small state's caseload: exact for a registrar, suppressed for
 * publication and for analysts, exported, saved and recomputed.
 */
@HomewardIntegrationTest
class StatisticsApiTest {
  /** Small states no other test registers persons of, so the counts here are this test's own. */
  private static final List<String> STATES =
      List.of("NRU", "TUV", "PLW", "MHL", "FSM", "KIR", "WSM", "TON", "VUT", "SLB", "LIE", "SMR");

  @Autowired ApplicationContext context;

  String state;
  ApiClient registrar;
  ApiClient analyst;

  @BeforeEach
  void aSmallCaseload() {
    TestAccounts accounts = TestAccounts.of(context);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    state = STATES.get(ThreadLocalRandom.current().nextInt(STATES.size()));
    String ministry = "Statistics ministry " + suffix;
    registrar =
        accounts.client(
            accounts.user("st-reg-" + suffix, Role.REGISTRAR, ministry, "GOVERNMENT", state));
    analyst =
        accounts.client(
            accounts.user(
                "st-an-" + suffix,
                Role.ANALYST,
                "Statistics office " + suffix,
                "GOVERNMENT",
                state));
    for (int i = 0; i < 12; i++) {
      register(People.person("Woman " + i + " " + suffix).born("1990", "YEAR").nationality(state));
    }
    for (int i = 0; i < 3; i++) {
      register(People.person("Boy " + i + " " + suffix).sex("MALE").aged(2).nationality(state));
    }
  }

  private void register(People person) {
    assertThat(registrar.post("/api/v1/persons", person.body()).status()).isEqualTo(201);
  }

  private static Long count(JsonNode table, String... key) {
    for (JsonNode cell : table.get("cells")) {
      List<String> k = new ArrayList<>();
      cell.get("key").forEach(x -> k.add(x.asString()));
      if (k.equals(List.of(key))) {
        return cell.get("count").isNull() ? null : cell.get("count").asLong();
      }
    }
    throw new AssertionError("no cell " + List.of(key));
  }

  private long baseline(ApiClient who) {
    Long total = count(who.get("/api/v1/statistics?by=nationality").body(), state);
    return total == null ? 0 : total;
  }

  @Test
  void aRegistrarCountsExactlyTheirStatesPersonsBySexAndAgeBand() {
    ApiClient.Reply reply = registrar.get("/api/v1/statistics?by=nationality,sex,age-band");

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    assertThat(count(reply.body(), state, "FEMALE", "18-59")).isGreaterThanOrEqualTo(12L);
    assertThat(count(reply.body(), state, "MALE", "0-4")).isGreaterThanOrEqualTo(3L);
    assertThat(reply.text("/query")).startsWith("--by nationality,sex,age-band");
    assertThat(reply.body().get("publicRelease").asBoolean()).isFalse();
  }

  @Test
  void aPublicTableSuppressesSmallCellsAndEveryLineKeepsAtLeastTwoHidden() {
    ApiClient.Reply reply = registrar.get("/api/v1/statistics?by=nationality,age-band&public=true");

    JsonNode table = reply.body();
    for (JsonNode cell : table.get("cells")) {
      if (!cell.get("count").isNull()) {
        long n = cell.get("count").asLong();
        assertThat(n == 0 || n >= 10).as("published cell %s", cell).isTrue();
      }
    }
    // the three small boys are hidden, and so is something else in their row
    assertThat(count(table, state, "0-4")).isNull();
  }

  @Test
  void anAnalystGetsOnlyTablesForPublicationAndNoRows() {
    ApiClient.Reply asked = analyst.get("/api/v1/statistics?by=nationality,age-band&threshold=1");

    assertThat(asked.status()).isEqualTo(200);
    assertThat(asked.body().get("publicRelease").asBoolean()).isTrue();
    assertThat(asked.body().get("threshold").asInt()).isEqualTo(10);
    assertThat(count(asked.body(), state, "0-4")).isNull();
    assertThat(
            analyst
                .get(
                    "/api/v1/exports/persons?reason="
                        + ApiClient.query("I would like the rows please"))
                .status())
        .isEqualTo(403);
    assertThat(analyst.get("/api/v1/persons").status()).isEqualTo(403);
  }

  @Test
  void anAnalystOfAnInternationalBodyCountsEveryStateForPublication() {
    TestAccounts accounts = TestAccounts.of(context);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    ApiClient oversight =
        accounts.client(
            accounts.user(
                "st-int-" + suffix, Role.ANALYST, "Oversight " + suffix, "INTERNATIONAL", null));

    ApiClient.Reply table = oversight.get("/api/v1/statistics?by=nationality");

    assertThat(table.body().get("publicRelease").asBoolean()).isTrue();
    assertThat(count(table.body(), state)).isGreaterThanOrEqualTo(15L);
  }

  @Test
  void badRequestsNameTheFieldAndWhatWasExpected() {
    ApiClient.Reply unknown = registrar.get("/api/v1/statistics?by=nationality,height");
    ApiClient.Reply zero = registrar.get("/api/v1/statistics?by=sex&public=true&threshold=0");
    ApiClient.Reply backwards =
        registrar.get("/api/v1/statistics?by=repatriation-month&from=2026-05&to=2026-01");

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().toString()).contains("by").contains("height").contains("age-band");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.body().toString()).contains("threshold");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body().toString()).contains("backwards");
  }

  @Test
  void tablesExportAsCsvHxlAndAWorkbookASpreadsheetProgramOpens() throws Exception {
    ApiClient.Download csv = registrar.download("/api/v1/statistics?by=nationality,sex&format=csv");
    ApiClient.Download hxl = registrar.download("/api/v1/statistics?by=nationality,sex&format=hxl");
    ApiClient.Download xlsx =
        registrar.download("/api/v1/statistics?by=nationality,sex&public=true&format=xlsx");

    String[] csvLines =
        new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
    assertThat(csvLines[0]).isEqualTo("nationality,sex,count,status");
    assertThat(csvLines).anyMatch(l -> l.startsWith(state + ",MALE,"));
    String[] hxlLines =
        new String(hxl.bytes(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
    // the CSV writer quotes a value that starts with '#'; a CSV reader gives the tags back
    assertThat(hxlLines[1].replace("\"", ""))
        .isEqualTo("#country+code,#group+sex,#affected+num,#meta+status");
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      List<Row> rows = book.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("nationality");
      assertThat(rows)
          .anyMatch(r -> r.getCellText(0).equals(state) && r.getCellText(1).equals("MALE"));
      assertThat(book.getSheets().map(s -> s.getName()).toList()).contains("Table", "About");
    }
  }

  @Test
  void aSavedTableRecomputesToTheSameNumbersUntilTheDataChanges() {
    ApiClient.Reply saved =
        registrar.post(
            "/api/v1/statistics/tables",
            Map.of("title", "Caseload by sex", "by", "nationality,sex", "asOf", "2026-11-01"));
    assertThat(saved.status()).as(saved.body().toString()).isEqualTo(201);
    String id = saved.text("/id");

    ApiClient.Reply same = registrar.get("/api/v1/statistics/tables/" + id + "/recomputation");
    register(
        People.person("Late arrival " + UUID.randomUUID()).born("1985", "YEAR").nationality(state));
    ApiClient.Reply changed = registrar.get("/api/v1/statistics/tables/" + id + "/recomputation");

    assertThat(saved.text("/table/query")).contains("--as-of 2026-11-01");
    assertThat(same.body().get("sameNumbers").asBoolean()).isTrue();
    assertThat(changed.body().get("sameNumbers").asBoolean()).isFalse();
    assertThat(changed.body().get("changedCells").toString()).contains(state).contains("FEMALE");
  }

  @Test
  void personRowsNeedAReasonAndSayWhoExportedThem() {
    ApiClient.Reply noReason = registrar.get("/api/v1/exports/persons");
    ApiClient.Download rows =
        registrar.download(
            "/api/v1/exports/persons?reason="
                + ApiClient.query("List for the consular visit to the camp"));

    assertThat(noReason.status()).isEqualTo(400);
    String text = new String(rows.bytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(rows.status()).isEqualTo(200);
    assertThat(text.lines().findFirst().orElseThrow())
        .startsWith("# Exported from Homeward by st-reg-")
        .contains("Reason: List for the consular visit to the camp");
    assertThat(text).contains("Woman 0 ");
  }
}
