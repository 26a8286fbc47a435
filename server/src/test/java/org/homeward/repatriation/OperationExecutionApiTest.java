package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The day of an operation through the API: who left, handovers, custody and cases follow. */
@HomewardIntegrationTest
class OperationExecutionApiTest {
  @Autowired ApplicationContext context;

  RepatriationFixture fx;
  String mother;
  String son;
  String kazakhMother;
  String kazakhDaughter;

  @BeforeEach
  void twoFamiliesOneOfThemRequestedByAThirdState() {
    fx = new RepatriationFixture(context);
    mother = fx.woman("Раҳимова Мадина", "TJK");
    son = fx.child("Раҳимов Умар", "MALE", 6, "TJK", mother);
    fx.approve(mother);
    fx.approve(son);
    kazakhMother = fx.woman("Сейтқали Айгерим", "KAZ");
    kazakhDaughter = fx.child("Сейтқали Дана", "FEMALE", 4, "KAZ", kazakhMother);
    fx.requestedByKazakhstan(List.of(kazakhMother, kazakhDaughter));
  }

  private String confirmedOperation() {
    return fx.plannedAndConfirmed(
        List.of("TJK", "KAZ"), List.of(mother, son, kazakhMother, kazakhDaughter));
  }

  private static List<Map<String, Object>> bothHandovers() {
    return List.of(
        RepatriationFixture.handover("TJK", "A. Hassan", "D. Nazarov"),
        RepatriationFixture.handover("KAZ", "A. Hassan", "B. Seitkali"));
  }

  @Test
  void executingHandsEveryoneOverAndMovesCustodyAndCasesTogether() {
    String operation = confirmedOperation();
    assertThat(fx.coordinator.get("/api/v1/persons/" + mother + "/case").text("/stage"))
        .isEqualTo("SCHEDULED");

    ApiClient.Reply executed = fx.execute(operation, List.of(), bothHandovers());

    assertThat(executed.status()).as(executed.body().toString()).isEqualTo(200);
    assertThat(executed.body().size()).isEqualTo(2);
    assertThat(fx.coordinator.get("/api/v1/operations/" + operation).text("/status"))
        .isEqualTo("EXECUTED");
    assertThat(custody(mother)).isEqualTo("REPATRIATED");
    assertThat(custody(son)).isEqualTo("REPATRIATED");
    assertThat(custody(kazakhMother)).isEqualTo("HANDED_TO_THIRD_STATE");
    assertThat(fx.coordinator.get("/api/v1/persons/" + son + "/case").text("/stage"))
        .isEqualTo("REPATRIATED");
    ApiClient.Reply chain =
        fx.coordinator.get("/api/v1/persons/" + kazakhDaughter + "/custody-chain");
    assertThat(chain.status()).isEqualTo(200);
    assertThat(chain.text("/0/receivingState")).isEqualTo("KAZ");
    assertThat(chain.text("/0/toOfficials/0")).isEqualTo("B. Seitkali");
    assertThat(chain.body().get(0).get("personIds").size()).isEqualTo(2);
    assertThat(fx.kazakhPartner.get("/api/v1/persons/" + kazakhDaughter).status())
        .as("the receiving state sees whom it received")
        .isEqualTo(200);
    ApiClient.Reply byState =
        fx.kazakhPartner.get("/api/v1/statistics?by=receiving-state,repatriation-month");
    String month = RepatriationFixture.yesterday().toString().substring(0, 7);
    boolean found = false;
    for (tools.jackson.databind.JsonNode cell : byState.body().get("cells")) {
      if (cell.get("key").get(0).asString().equals("KAZ")
          && cell.get("key").get(1).asString().equals(month)) {
        found = true;
        assertThat(cell.get("count").asLong()).isGreaterThanOrEqualTo(2);
      }
    }
    assertThat(found).as("repatriations per state and month in " + byState.body()).isTrue();
  }

  private String custody(String person) {
    return fx.coordinator.get("/api/v1/persons/" + person).text("/custodyStatus");
  }

  @Test
  void refusesToExecuteAnOperationThatIsNotConfirmed() {
    String operation = fx.plan(10, List.of("TJK"));
    fx.add(operation, List.of(mother, son));

    ApiClient.Reply reply = fx.execute(operation, List.of(), bothHandovers());

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.text("/detail")).contains("PLANNED").contains("confirm");
    assertThat(custody(mother)).isEqualTo("HELD");
  }

  @Test
  void refusesAHandoverWithNoOfficialsOrBeforeThePlannedDate() {
    String operation = confirmedOperation();
    Map<String, Object> unsigned = new java.util.HashMap<>(bothHandovers().get(0));
    unsigned.put("toOfficials", List.of(" "));
    Map<String, Object> early = new java.util.HashMap<>(bothHandovers().get(1));
    early.put("handedOverAt", RepatriationFixture.yesterday().minusDays(3) + "T10:00:00Z");

    ApiClient.Reply reply = fx.execute(operation, List.of(), List.of(unsigned, early));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().toString())
        .contains("handovers[0].toOfficials")
        .contains("officials who signed for the receiving side")
        .contains("handovers[1].handedOverAt")
        .contains("planned date");
    assertThat(fx.coordinator.get("/api/v1/operations/" + operation).text("/status"))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void refusesADayThatLeavesAChildWithoutTheirMother() {
    String operation = confirmedOperation();

    ApiClient.Reply reply =
        fx.execute(
            operation,
            List.of(Map.of("personId", mother, "reason", "ILL", "note", "in hospital")),
            bothHandovers());

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.text("/detail")).contains(son).contains("without their mother or guardian");
    assertThat(custody(son)).isEqualTo("HELD");
  }

  @Test
  void aFamilyThatDidNotLeaveStaysHeldAndCanTravelOnTheNextOperation() {
    String operation = confirmedOperation();

    ApiClient.Reply reply =
        fx.execute(
            operation,
            List.of(
                Map.of("personId", mother, "reason", "ILL", "note", "in hospital"),
                Map.of("personId", son, "reason", "ILL")),
            List.of(RepatriationFixture.handover("KAZ", "A. Hassan", "B. Seitkali")));

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    assertThat(custody(mother)).isEqualTo("HELD");
    assertThat(fx.coordinator.get("/api/v1/persons/" + son + "/case").text("/stage"))
        .isEqualTo("APPROVED");
    String next = fx.plan(10, List.of("TJK"));
    assertThat(fx.add(next, List.of(mother, son)).status()).isEqualTo(200);
  }

  @Test
  void handoverToAStateThatNobodyLeftForIsRefused() {
    String operation = fx.plannedAndConfirmed(List.of("TJK", "KAZ"), List.of(mother, son));

    ApiClient.Reply reply = fx.execute(operation, List.of(), bothHandovers());

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.text("/detail")).contains("handover to KAZ has nobody in it");
  }

  @Test
  void executingTwiceIsRefused() {
    String operation = confirmedOperation();
    assertThat(fx.execute(operation, List.of(), bothHandovers()).status()).isEqualTo(200);

    ApiClient.Reply again = fx.execute(operation, List.of(), bothHandovers());

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.text("/detail")).contains("EXECUTED");
  }

  @Test
  void manifestAndHandoverCertificateArePdfsWithNamesInTheReceivingScriptAndLatin()
      throws Exception {
    String operation = confirmedOperation();
    ApiClient.Reply executed = fx.execute(operation, List.of(), bothHandovers());
    String kazakhHandover =
        executed.body().get(0).get("receivingState").asString().equals("KAZ")
            ? executed.text("/0/id")
            : executed.text("/1/id");

    ApiClient.Download manifest =
        fx.coordinator.download("/api/v1/operations/" + operation + "/manifest.pdf");
    ApiClient.Download certificate =
        fx.coordinator.download(
            "/api/v1/operations/"
                + operation
                + "/handovers/"
                + kazakhHandover
                + "/certificate.pdf");

    assertThat(manifest.status()).isEqualTo(200);
    assertThat(manifest.contentType()).isEqualTo("application/pdf");
    String manifestText = pdfText(manifest.bytes());
    assertThat(manifestText).contains("Раҳимов Умар " + fx.suffix).contains("Rahimov Umar");
    assertThat(manifestText).contains("On the manifest: 4");
    String certificateText = pdfText(certificate.bytes());
    assertThat(certificateText)
        .contains("Certificate of handover")
        .contains("Сейтқали Дана " + fx.suffix)
        .contains("B. Seitkali")
        .doesNotContain("Раҳимов");
    assertThat(
            fx.coordinator
                .download(
                    "/api/v1/operations/"
                        + operation
                        + "/handovers/"
                        + java.util.UUID.randomUUID()
                        + "/certificate.pdf")
                .status())
        .isEqualTo(404);
  }

  private static String pdfText(byte[] pdf) throws java.io.IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
        new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    reader.close();
    return text.toString();
  }
}
