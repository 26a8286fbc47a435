package org.homeward.audit;

/**
 * The outcome of checking the chain: intact, or the first event found altered, missing or inserted.
 * {@code seq} names that event (null when intact); {@code events} is how many events were read.
 */
public record ChainVerdict(Kind kind, long events, Long seq, String line) {

  /** What was found. */
  public enum Kind {
    INTACT,
    ALTERED,
    DELETED,
    INSERTED
  }

  public boolean intact() {
    return kind == Kind.INTACT;
  }

  static ChainVerdict intact(long events) {
    return new ChainVerdict(Kind.INTACT, events, null, "intact, " + events + " events");
  }

  static ChainVerdict altered(long events, long seq, String why) {
    return new ChainVerdict(
        Kind.ALTERED, events, seq, "altered: event seq " + seq + " (" + why + ")");
  }

  static ChainVerdict deletedBefore(long events, long seq) {
    return new ChainVerdict(
        Kind.DELETED, events, seq, "deleted: event(s) missing before seq " + seq);
  }

  static ChainVerdict deletedAfter(long events, long lastSeq, long headSeq) {
    return new ChainVerdict(
        Kind.DELETED,
        events,
        lastSeq + 1,
        "deleted: event(s) missing after seq "
            + lastSeq
            + " (the chain's head records "
            + headSeq
            + " events)");
  }

  static ChainVerdict inserted(long events, long seq) {
    return new ChainVerdict(
        Kind.INSERTED, events, seq, "inserted: event seq " + seq + " does not belong to the chain");
  }
}
