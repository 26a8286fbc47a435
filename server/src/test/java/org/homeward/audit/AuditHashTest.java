package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditHashTest {
  private static final UUID ID = UUID.fromString("7d3a4bd8-5f0e-4a51-9c53-0e8f1b0a2b11");
  private static final Instant AT = Instant.parse("2024-05-31T14:00:00.123456789Z");

  static AuditEvent event(long seq, String actor, String action, String details) {
    return new AuditEvent(
        seq, ID, AT, actor, null, null, null, action, "Person", "p-1", details, null, null, null,
        null);
  }

  @Test
  void fieldBoundariesCannotBeShiftedBetweenFields() {
    AuditEvent a = event(1, "a|b", "c", null).chainedTo(AuditHash.GENESIS);
    AuditEvent b = event(1, "a", "b|c", null).chainedTo(AuditHash.GENESIS);
    assertThat(a.hash()).isNotEqualTo(b.hash());
  }

  @Test
  void nullIsNotTheEmptyString() {
    AuditEvent a = event(1, "x", "ACT", null).chainedTo(AuditHash.GENESIS);
    AuditEvent b = event(1, "x", "ACT", "").chainedTo(AuditHash.GENESIS);
    assertThat(a.hash()).isNotEqualTo(b.hash());
  }

  @Test
  void timeIsHashedAtMicrosecondsInUtc() {
    assertThat(AuditHash.canonical(event(1, "x", "ACT", null)))
        .contains("|27:2024-05-31T14:00:00.123456Z|");
    AuditEvent stored =
        new AuditEvent(
            1,
            ID,
            AuditHash.storable(AT),
            "x",
            null,
            null,
            null,
            "ACT",
            "Person",
            "p-1",
            null,
            null,
            null,
            AuditHash.GENESIS,
            null);
    assertThat(AuditHash.of(stored))
        .isEqualTo(event(1, "x", "ACT", null).chainedTo(AuditHash.GENESIS).hash());
  }

  @Test
  void lengthsCountUtf8BytesSoAnyScriptEncodesUnambiguously() {
    assertThat(AuditHash.canonical(event(1, "Мадина", "ACT", null))).contains("|12:Мадина|");
  }

  @Test
  void theHashCoversThePreviousHash() {
    AuditEvent e = event(2, "x", "ACT", null);
    assertThat(e.chainedTo(AuditHash.GENESIS).hash())
        .isNotEqualTo(e.chainedTo("1".repeat(64)).hash());
    assertThat(e.chainedTo(AuditHash.GENESIS).hash()).matches("[0-9a-f]{64}");
  }
}
