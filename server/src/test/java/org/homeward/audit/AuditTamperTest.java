package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.homeward.testing.HomewardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tampers with stored audit events directly in the database (update, delete, insert) and checks
 * that verification names the event. Every test puts the row back exactly, because on PostgreSQL
 * the trail is shared with every other test class.
 */
@HomewardIntegrationTest
class AuditTamperTest {
  @Autowired AuditTrail trail;
  @Autowired AuditChain chain;
  @Autowired AuditEventRows rows;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  Tampering tampering;
  List<AuditEvent> mine;

  @BeforeEach
  void recordSomeEvents() {
    tampering = new Tampering(jdbc, dataSource);
    String target = UUID.randomUUID().toString();
    trail.record("TAMPER_TEST_CREATED", "Person", target, "fields=all");
    trail.record(
        "TAMPER_TEST_UPDATED",
        "Person",
        target,
        Map.of("custodyStatus", "HELD"),
        Map.of("custodyStatus", "REPATRIATED"));
    trail.record("TAMPER_TEST_VIEWED", "Person", target, "group=health");
    mine =
        new java.util.ArrayList<>(
            rows.page(new AuditFilter(null, null, target, null, null), null, 10));
    java.util.Collections.reverse(mine);
    assertThat(mine).hasSize(3);
    assertThat(chain.verify().verdict().intact()).as(chain.verify().verdict().line()).isTrue();
  }

  private AuditEvent middle() {
    return mine.get(1);
  }

  @Test
  void theTrailRefusesUpdateAndDelete() {
    long seq = middle().seq();
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE audit_event SET details = 'x' WHERE seq = :s")
                    .param("s", seq)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM audit_event WHERE seq = :s").param("s", seq).update())
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("append-only");
    assertThat(chain.verify().verdict().intact()).isTrue();
  }

  @Test
  void anUpdatedEventIsNamed() {
    AuditEvent e = middle();
    String sql = "UPDATE audit_event SET after_json = ? WHERE seq = ?";
    tampering.unguarded(() -> tampering.execute(sql, "{\"custodyStatus\":\"RELEASED\"}", e.seq()));
    try {
      ChainVerdict verdict = chain.verify().verdict();
      assertThat(verdict.kind()).isEqualTo(ChainVerdict.Kind.ALTERED);
      assertThat(verdict.line()).startsWith("altered: event seq " + e.seq() + " (");
    } finally {
      tampering.unguarded(() -> tampering.execute(sql, e.afterJson(), e.seq()));
    }
    assertThat(chain.verify().verdict().intact()).isTrue();
  }

  @Test
  void anEventRewrittenWithARecomputedHashIsNamed() {
    AuditEvent e = middle();
    AuditEvent forged =
        new AuditEvent(
                e.seq(),
                e.id(),
                e.occurredAt(),
                "someone-else",
                e.agencyId(),
                e.clientAddress(),
                e.requestId(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.details(),
                e.beforeJson(),
                e.afterJson(),
                null,
                null)
            .chainedTo(e.prevHash());
    String sql = "UPDATE audit_event SET actor = ?, hash = ? WHERE seq = ?";
    tampering.unguarded(() -> tampering.execute(sql, forged.actor(), forged.hash(), e.seq()));
    try {
      assertThat(chain.verify().verdict().line()).startsWith("altered: event seq " + e.seq());
    } finally {
      tampering.unguarded(() -> tampering.execute(sql, e.actor(), e.hash(), e.seq()));
    }
    assertThat(chain.verify().verdict().intact()).isTrue();
  }

  @Test
  void aDeletedEventIsNamed() {
    AuditEvent e = middle();
    tampering.unguarded(() -> tampering.execute("DELETE FROM audit_event WHERE seq = ?", e.seq()));
    try {
      ChainVerdict verdict = chain.verify().verdict();
      assertThat(verdict.kind()).isEqualTo(ChainVerdict.Kind.DELETED);
      assertThat(verdict.line()).isEqualTo("deleted: event(s) missing before seq " + (e.seq() + 1));
    } finally {
      rows.insert(e);
    }
    assertThat(chain.verify().verdict().intact()).isTrue();
  }

  @Test
  void theLastEventDeletedIsNoticedByTheHead() {
    AuditEvent last = mine.get(2);
    assertThat(rows.head().lastSeq()).isEqualTo(last.seq());
    tampering.unguarded(
        () -> tampering.execute("DELETE FROM audit_event WHERE seq = ?", last.seq()));
    try {
      assertThat(chain.verify().verdict().line())
          .startsWith("deleted: event(s) missing after seq " + (last.seq() - 1));
    } finally {
      rows.insert(last);
    }
    assertThat(chain.verify().verdict().intact()).isTrue();
  }

  @Test
  void anInsertedEventIsNamedEvenWithAWellFormedHash() {
    ChainHead head = rows.head();
    AuditEvent forged =
        new AuditEvent(
                head.lastSeq() + 1,
                UUID.randomUUID(),
                AuditHash.storable(java.time.Instant.now()),
                "intruder",
                null,
                null,
                null,
                "PERSON_UPDATED",
                "Person",
                "x",
                null,
                null,
                null,
                null,
                null)
            .chainedTo(head.lastHash());
    rows.insert(forged);
    try {
      ChainVerdict verdict = chain.verify().verdict();
      assertThat(verdict.kind()).isEqualTo(ChainVerdict.Kind.INSERTED);
      assertThat(verdict.line())
          .isEqualTo("inserted: event seq " + forged.seq() + " does not belong to the chain");
    } finally {
      tampering.unguarded(
          () -> tampering.execute("DELETE FROM audit_event WHERE seq = ?", forged.seq()));
    }
    assertThat(chain.verify().verdict().intact()).isTrue();
  }

  @Test
  void appendsAreGaplessAndCarryTheirOrigin() {
    long before = rows.head().lastSeq();
    trail.recordFor("unknown-user", "SIGN_IN_FAILED", "User", null, "reason=bad-password");
    List<AuditEvent> last =
        rows.page(new AuditFilter("unknown-user", null, null, null, null), null, 1);
    assertThat(last.get(0).seq()).isEqualTo(before + 1);
    assertThat(last.get(0).prevHash()).isEqualTo(mine.get(2).hash());
    assertThat(mine.get(1).beforeJson()).isEqualTo("{\"custodyStatus\":\"HELD\"}");
  }
}
