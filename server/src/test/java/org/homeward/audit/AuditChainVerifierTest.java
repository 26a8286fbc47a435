package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verifier's judgement on chains built in memory, one kind of tampering at a time. */
class AuditChainVerifierTest {

  private static List<AuditEvent> chain(int n) {
    List<AuditEvent> events = new ArrayList<>();
    String previous = AuditHash.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditEvent e = AuditHashTest.event(i, "user" + i, "ACT", "n=" + i).chainedTo(previous);
      events.add(e);
      previous = e.hash();
    }
    return events;
  }

  private static ChainHead headOf(List<AuditEvent> events) {
    AuditEvent last = events.get(events.size() - 1);
    return new ChainHead(last.seq(), last.hash());
  }

  private static ChainVerdict verify(ChainHead head, List<AuditEvent> events) {
    AuditChainVerifier verifier = new AuditChainVerifier(head);
    events.forEach(verifier::accept);
    return verifier.verdict();
  }

  private static AuditEvent withDetails(AuditEvent e, String details) {
    return new AuditEvent(
        e.seq(),
        e.id(),
        e.occurredAt(),
        e.actor(),
        e.agencyId(),
        e.clientAddress(),
        e.requestId(),
        e.action(),
        e.targetType(),
        e.targetId(),
        details,
        e.beforeJson(),
        e.afterJson(),
        e.prevHash(),
        e.hash());
  }

  @Test
  void anUntouchedChainIsIntact() {
    List<AuditEvent> events = chain(5);
    assertThat(verify(headOf(events), events).line()).isEqualTo("intact, 5 events");
    assertThat(verify(ChainHead.EMPTY, List.of()).line()).isEqualTo("intact, 0 events");
  }

  @Test
  void anEditedEventIsNamed() {
    List<AuditEvent> events = chain(5);
    ChainHead head = headOf(events);
    events.set(2, withDetails(events.get(2), "n=99"));
    ChainVerdict verdict = verify(head, events);
    assertThat(verdict.kind()).isEqualTo(ChainVerdict.Kind.ALTERED);
    assertThat(verdict.seq()).isEqualTo(3);
    assertThat(verdict.line()).startsWith("altered: event seq 3 (");
  }

  @Test
  void anEventRewrittenWithAFreshHashIsNamedByTheBrokenLink() {
    List<AuditEvent> events = chain(5);
    ChainHead head = headOf(events);
    AuditEvent e = events.get(1);
    events.set(1, withDetails(e, "n=99").chainedTo(e.prevHash()));
    assertThat(verify(head, events).line()).startsWith("altered: event seq 2 (");
  }

  @Test
  void theLastEventRewrittenWithAFreshHashDisagreesWithTheHead() {
    List<AuditEvent> events = chain(3);
    ChainHead head = headOf(events);
    AuditEvent e = events.get(2);
    events.set(2, withDetails(e, "n=99").chainedTo(e.prevHash()));
    assertThat(verify(head, events).line()).startsWith("altered: event seq 3 (");
  }

  @Test
  void aDeletedEventIsNamedByTheGap() {
    List<AuditEvent> events = chain(5);
    ChainHead head = headOf(events);
    events.remove(2);
    assertThat(verify(head, events).line()).isEqualTo("deleted: event(s) missing before seq 4");
    List<AuditEvent> first = chain(3);
    ChainHead firstHead = headOf(first);
    first.remove(0);
    assertThat(verify(firstHead, first).line()).isEqualTo("deleted: event(s) missing before seq 2");
  }

  @Test
  void eventsCutFromTheEndAreMissingAgainstTheHead() {
    List<AuditEvent> events = chain(5);
    ChainHead head = headOf(events);
    List<AuditEvent> cut = events.subList(0, 3);
    assertThat(verify(head, cut).line()).startsWith("deleted: event(s) missing after seq 3");
    assertThat(verify(head, List.of()).line()).startsWith("deleted: event(s) missing after seq 0");
  }

  @Test
  void anEventAddedBeyondTheHeadIsInsertedEvenWithAValidHash() {
    List<AuditEvent> events = chain(4);
    ChainHead head = headOf(events);
    events.add(AuditHashTest.event(5, "intruder", "ACT", null).chainedTo(head.lastHash()));
    ChainVerdict verdict = verify(head, events);
    assertThat(verdict.kind()).isEqualTo(ChainVerdict.Kind.INSERTED);
    assertThat(verdict.line()).isEqualTo("inserted: event seq 5 does not belong to the chain");
  }
}
