package org.homeward.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Checks the stored chain: reads the head and every event, and asks the verifier. */
@Service
public class AuditChain {
  private final AuditEventRows rows;

  AuditChain(AuditEventRows rows) {
    this.rows = rows;
  }

  /**
   * Checks the whole chain. Repeatable read gives the head and the events from one snapshot, so an
   * append committed meanwhile is neither "inserted" nor "missing".
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Verification verify() {
    AuditChainVerifier verifier = new AuditChainVerifier(rows.head());
    rows.forEachInOrder(verifier::accept);
    return new Verification(verifier.verdict(), verifier.lastHash());
  }

  /** A verdict and the last hash read, which an auditor may keep outside the system. */
  public record Verification(ChainVerdict verdict, String lastHash) {}
}
