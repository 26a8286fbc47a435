package org.homeward.audit;

import java.util.Objects;

/**
 * Recomputes the hash chain, event by event in sequence order, and reports the first event that was
 * altered, deleted or inserted behind the application's back. Plain Java, fed one event at a time,
 * so the command line and the API share it and a long trail never sits in memory.
 *
 * <p>What it can prove: any change to a stored event, a missing event anywhere (sequence numbers
 * have no gaps, and the head row records the last one), an event added beyond the head. What no
 * hash chain can prove: someone able to rewrite every event from some point on and the head as well
 * produces a consistent chain. Against that, the trail is append-only in the database and an
 * auditor can keep the printed head hash outside the system and compare it later.
 */
public final class AuditChainVerifier {
  private final ChainHead head;
  private long expectedSeq = 1;
  private String previousHash = AuditHash.GENESIS;
  private long events;
  private ChainVerdict problem;

  public AuditChainVerifier(ChainHead head) {
    this.head = Objects.requireNonNull(head);
  }

  /** Checks the next event; events must come in ascending sequence order. */
  public void accept(AuditEvent e) {
    events++;
    if (problem != null) {
      return;
    }
    long seq = e.seq();
    if (seq > head.lastSeq() || seq < expectedSeq) {
      problem = ChainVerdict.inserted(events, seq);
    } else if (seq > expectedSeq) {
      problem = ChainVerdict.deletedBefore(events, seq);
    } else if (e.hash() == null || !e.hash().equals(e.computedHash())) {
      problem = ChainVerdict.altered(events, seq, "its content does not match its hash");
    } else if (!previousHash.equals(e.prevHash())) {
      // Both events match their own hashes, but the link between them broke: the earlier one
      // was rewritten together with its hash (or this one's link was, along with its hash).
      problem =
          seq == 1
              ? ChainVerdict.altered(events, seq, "its link to the start of the chain was changed")
              : ChainVerdict.altered(
                  events,
                  seq - 1,
                  "rewritten with a new hash: event seq " + seq + " links to another");
    }
    expectedSeq = seq + 1;
    previousHash = e.hash();
  }

  /** The verdict once every event has been fed. */
  public ChainVerdict verdict() {
    if (problem != null) {
      return problem;
    }
    long lastSeq = expectedSeq - 1;
    if (lastSeq < head.lastSeq()) {
      return ChainVerdict.deletedAfter(events, lastSeq, head.lastSeq());
    }
    if (lastSeq > 0 && !previousHash.equals(head.lastHash())) {
      return ChainVerdict.altered(
          events, lastSeq, "rewritten with a new hash: the chain's head records another");
    }
    return ChainVerdict.intact(events);
  }

  /** The hash of the last event read, which an auditor can note to compare with later. */
  public String lastHash() {
    return previousHash;
  }
}
