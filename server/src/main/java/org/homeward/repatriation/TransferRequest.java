package org.homeward.repatriation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A state's request for named persons. Its partner authority asks; an operations coordinator of an
 * agency that can see those persons accepts or declines it, with a reason. Accepted requests feed
 * an operation.
 */
public record TransferRequest(
    UUID id,
    UUID requestingAgency,
    String requestingState,
    List<UUID> personIds,
    String reason,
    Status status,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionReason) {

  public enum Status {
    REQUESTED,
    ACCEPTED,
    DECLINED
  }

  TransferRequest decide(boolean accept, String by, String why, Instant at) {
    if (status != Status.REQUESTED) {
      throw new CaseRuleException(
          "This request was already " + status + "; it cannot be decided again.");
    }
    if (why == null || why.isBlank()) {
      throw new CaseRuleException(
          "Accepting or declining a request needs a reason: say why in 'reason'.");
    }
    return new TransferRequest(
        id,
        requestingAgency,
        requestingState,
        personIds,
        reason,
        accept ? Status.ACCEPTED : Status.DECLINED,
        requestedBy,
        requestedAt,
        by,
        at,
        why.strip());
  }
}
