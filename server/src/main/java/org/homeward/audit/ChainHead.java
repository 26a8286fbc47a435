package org.homeward.audit;

/** The last sequence number and hash of the chain, as recorded in the one-row audit_head. */
public record ChainHead(long lastSeq, String lastHash) {
  static final ChainHead EMPTY = new ChainHead(0, AuditHash.GENESIS);
}
