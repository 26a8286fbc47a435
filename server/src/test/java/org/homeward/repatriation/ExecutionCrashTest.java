package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.registry.RegistryService;
import org.homeward.testing.ApiClient;
import org.homeward.testing.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A crash in the middle of execution: the first handover's custody changes are written, then the
 * second fails. Nothing of the day may remain: no handover, no custody change, no case step, no
 * audit event, and the operation is still CONFIRMED and can be executed again.
 */
@HomewardIntegrationTest
class ExecutionCrashTest {
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @MockitoSpyBean RegistryService registry;

  @Test
  void crashInTheMiddleOfExecutionLeavesNothingHalfDone() {
    RepatriationFixture fx = new RepatriationFixture(context);
    String mother = fx.woman("Каримова Зарина", "TJK");
    String son = fx.child("Каримов Али", "MALE", 8, "TJK", mother);
    fx.approve(mother);
    fx.approve(son);
    String kazakhMother = fx.woman("Жақсыбекова Әсел", "KAZ");
    fx.requestedByKazakhstan(List.of(kazakhMother));
    String operation =
        fx.plannedAndConfirmed(List.of("TJK", "KAZ"), List.of(mother, son, kazakhMother));
    long eventsBefore = auditEvents();
    AtomicInteger calls = new AtomicInteger();
    doAnswer(
            call -> {
              if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("simulated crash after the first handover");
              }
              return call.callRealMethod();
            })
        .when(registry)
        .recordCustodyPassed(anyList(), any(), any(), any());
    List<java.util.Map<String, Object>> handovers =
        List.of(
            RepatriationFixture.handover("TJK", "A. Hassan", "D. Nazarov"),
            RepatriationFixture.handover("KAZ", "A. Hassan", "B. Seitkali"));

    ApiClient.Reply crashed = fx.execute(operation, List.of(), handovers);

    assertThat(crashed.status()).isEqualTo(500);
    assertThat(calls.get()).as("the first handover's custody change ran").isEqualTo(2);
    assertThat(fx.coordinator.get("/api/v1/operations/" + operation).text("/status"))
        .isEqualTo("CONFIRMED");
    for (String person : List.of(mother, son, kazakhMother)) {
      assertThat(fx.coordinator.get("/api/v1/persons/" + person).text("/custodyStatus"))
          .isEqualTo("HELD");
      assertThat(fx.coordinator.get("/api/v1/persons/" + person + "/custody-chain").body().size())
          .isZero();
    }
    assertThat(fx.coordinator.get("/api/v1/persons/" + son + "/case").text("/stage"))
        .isEqualTo("SCHEDULED");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM handover WHERE operation_id = :op")
                .param("op", UUID.fromString(operation))
                .query(Long.class)
                .single())
        .isZero();
    assertThat(auditEvents() - eventsBefore)
        .as("only the refusal of the failed request itself may be audited, nothing of the day")
        .isLessThanOrEqualTo(1);

    ApiClient.Reply retried = fx.execute(operation, List.of(), handovers);
    assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
    assertThat(fx.coordinator.get("/api/v1/persons/" + kazakhMother).text("/custodyStatus"))
        .isEqualTo("HANDED_TO_THIRD_STATE");
  }

  private long auditEvents() {
    return jdbc.sql(
            "SELECT COUNT(*) FROM audit_event WHERE action IN ('OPERATION_EXECUTED',"
                + " 'HANDOVER_RECORDED', 'CUSTODY_PASSED', 'CASE_REPATRIATE')")
        .query(Long.class)
        .single();
  }
}
