package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Building a manifest through the API: each rule refuses with a message that says what to do. */
@HomewardIntegrationTest
class OperationApiTest {
  @Autowired ApplicationContext context;

  RepatriationFixture fx;
  ApiClient coordinator;
  String mother;
  String child;

  @BeforeEach
  void anApprovedMotherAndChild() {
    fx = new RepatriationFixture(context);
    coordinator = fx.coordinator;
    mother = fx.woman("Раҳимова Мадина", "TJK");
    child = fx.child("Раҳимов Умар", "MALE", 6, "TJK", mother);
    fx.approve(mother);
    fx.approve(child);
  }

  private String register(People person) {
    return fx.register(person);
  }

  private String plan(int capacity) {
    return fx.plan(capacity, List.of("TJK"));
  }

  private ApiClient.Reply add(String operation, Object... persons) {
    List<Map<String, Object>> list = new java.util.ArrayList<>();
    for (Object p : persons) {
      list.add(p instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("personId", p));
    }
    return coordinator.post(
        "/api/v1/operations/" + operation + "/manifest", Map.of("persons", list));
  }

  @Test
  void motherAndChildBoardTogetherAndTheOperationIsConfirmed() {
    String operation = plan(10);

    ApiClient.Reply added = add(operation, mother, child);
    ApiClient.Reply confirmed =
        coordinator.post("/api/v1/operations/" + operation + "/confirmation", Map.of());

    assertThat(added.status()).isEqualTo(200);
    assertThat(added.body().size()).isEqualTo(2);
    assertThat(confirmed.text("/status")).isEqualTo("CONFIRMED");
  }

  @Test
  void rejectsManifestThatSeparatesChildFromMother() {
    ApiClient.Reply reply = add(plan(10), child);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.text("/detail")).contains("without their mother or guardian");
  }

  @Test
  void motherWithoutHerChildNeedsARecordedReason() {
    String operation = plan(10);

    ApiClient.Reply refused = add(operation, mother);
    ApiClient.Reply withReason =
        add(
            operation,
            Map.of(
                "personId",
                mother,
                "exceptionReason",
                "son in hospital, follows with the next group"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text("/detail")).contains("children behind");
    assertThat(withReason.status()).isEqualTo(200);
    ApiClient.Reply check = coordinator.get("/api/v1/operations/" + operation + "/manifest/check");
    assertThat(check.body().get("problems").size()).isZero();
    assertThat(check.body().get("warnings").toString())
        .contains("recorded exception")
        .contains("son in hospital");
  }

  @Test
  void capacityIsKept() {
    ApiClient.Reply reply = add(plan(1), mother, child);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.text("/detail")).contains("capacity is 1");
  }

  @Test
  void personWithoutAnApprovedCaseIsRefused() {
    String other =
        register(People.person("Каримова Зарина").born("1988", "YEAR").nationality("TJK"));

    ApiClient.Reply reply = add(plan(10), other);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.text("/detail")).contains("not eligible");
  }

  @Test
  void personIsOnOneActiveManifestOnlyUntilTheOperationIsCancelled() {
    String first = plan(10);
    String second = plan(10);
    add(first, mother, child);

    ApiClient.Reply twice = add(second, mother, child);
    coordinator.post("/api/v1/operations/" + first + "/cancellation", Map.of());
    ApiClient.Reply afterCancel = add(second, mother, child);

    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.text("/detail")).contains("another active manifest");
    assertThat(afterCancel.status()).isEqualTo(200);
  }

  @Test
  void badPlanNamesEachField() {
    ApiClient.Reply reply =
        coordinator.post(
            "/api/v1/operations",
            Map.of(
                "name",
                "",
                "plannedDate",
                "21/05/2027",
                "receivingStates",
                List.of("Tajikistan"),
                "capacity",
                0));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(ErrorFields.of(reply))
        .contains("name", "plannedDate", "handoverPoint", "receivingStates[0]", "capacity");
  }

  /** Field names of a problem's errors. */
  static final class ErrorFields {
    static List<String> of(ApiClient.Reply reply) {
      return reply.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
  }
}
