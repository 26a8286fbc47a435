package org.homeward.repatriation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The file for one person on the way home. It knows its own rules: the order of stages, what each
 * stage needs (evidence of nationality, a vetting outcome, a second person's approval), and that
 * holding, declining and reopening are steps like any other, by a named user with a reason.
 */
public final class RepatriationCase {
  private final UUID id;
  private final UUID personId;
  private CaseStage stage;
  private CaseStage heldFrom;
  private String proposedBy;
  private final int version;
  private final List<CaseTransition> history;

  RepatriationCase(
      UUID id,
      UUID personId,
      CaseStage stage,
      CaseStage heldFrom,
      String proposedBy,
      int version,
      List<CaseTransition> history) {
    this.id = id;
    this.personId = personId;
    this.stage = stage;
    this.heldFrom = heldFrom;
    this.proposedBy = proposedBy;
    this.version = version;
    this.history = new ArrayList<>(history);
  }

  static RepatriationCase open(UUID personId, String actor, String reason, Instant at) {
    RepatriationCase c =
        new RepatriationCase(
            UUID.randomUUID(), personId, CaseStage.IDENTIFIED, null, null, 0, List.of());
    c.record(null, CaseStage.IDENTIFIED, "OPENED", actor, at, requireReason(reason), null, null);
    return c;
  }

  /** IDENTIFIED to NATIONALITY_VERIFIED, on evidence. */
  void verifyNationality(
      String actor, String reason, NationalityEvidence evidence, String reference, Instant at) {
    requireStage(CaseStage.IDENTIFIED, "verify nationality");
    if (evidence == null || reference == null || reference.isBlank()) {
      throw new CaseRuleException(
          "Nationality is verified on evidence: give evidenceKind (DOCUMENT, DNA_CONFIRMED_PARENT"
              + " or OFFICIAL_CONFIRMATION) and evidenceRef (the document number, test or letter).");
    }
    record(
        stage,
        CaseStage.NATIONALITY_VERIFIED,
        "ADVANCED",
        actor,
        at,
        requireReason(reason),
        evidence,
        reference.strip());
  }

  /** NATIONALITY_VERIFIED to VETTED, once a vetting officer has recorded a clearing outcome. */
  void markVetted(String actor, String reason, boolean vettingCleared, Instant at) {
    requireStage(CaseStage.NATIONALITY_VERIFIED, "mark as vetted");
    if (!vettingCleared) {
      throw new CaseRuleException(
          "A vetting officer must record the outcome CLEARED before the case can be marked vetted.");
    }
    record(stage, CaseStage.VETTED, "ADVANCED", actor, at, requireReason(reason), null, null);
  }

  /** Proposes approval; a different user must approve (four eyes). */
  void propose(String actor, String reason, Instant at) {
    requireStage(CaseStage.VETTED, "propose approval");
    if (proposedBy != null) {
      throw new CaseRuleException(
          "Approval is already proposed by " + proposedBy + "; a second user approves it.");
    }
    proposedBy = actor;
    record(stage, stage, "PROPOSED", actor, at, requireReason(reason), null, null);
  }

  void approve(String actor, String reason, Instant at) {
    requireStage(CaseStage.VETTED, "approve");
    if (proposedBy == null) {
      throw new CaseRuleException(
          "Approval must be proposed first, then approved by a second user.");
    }
    if (proposedBy.equals(actor)) {
      throw new CaseRuleException(
          "Nobody approves their own proposal: another authorised user must approve this case.");
    }
    proposedBy = null;
    record(stage, CaseStage.APPROVED, "APPROVED", actor, at, requireReason(reason), null, null);
  }

  void hold(String actor, String reason, Instant at) {
    requireOpen("put on hold");
    heldFrom = stage;
    proposedBy = null;
    record(stage, CaseStage.ON_HOLD, "HELD", actor, at, requireReason(reason), null, null);
  }

  void decline(String actor, String reason, Instant at) {
    if (!stage.isOpen() && stage != CaseStage.ON_HOLD) {
      throw new CaseRuleException("A case at " + stage + " cannot be declined.");
    }
    heldFrom = stage == CaseStage.ON_HOLD ? heldFrom : stage;
    proposedBy = null;
    record(stage, CaseStage.DECLINED, "DECLINED", actor, at, requireReason(reason), null, null);
  }

  /** Back to the stage the case had before it was held or declined. */
  void reopen(String actor, String reason, Instant at) {
    if (stage != CaseStage.ON_HOLD && stage != CaseStage.DECLINED) {
      throw new CaseRuleException(
          "Only a case on hold or declined can be reopened; this one is " + stage + ".");
    }
    CaseStage back = heldFrom == null ? CaseStage.IDENTIFIED : heldFrom;
    heldFrom = null;
    record(stage, back, "REOPENED", actor, at, requireReason(reason), null, null);
  }

  /** APPROVED to SCHEDULED: the person is on a confirmed operation's manifest. */
  void schedule(String actor, String reason, Instant at) {
    requireStage(CaseStage.APPROVED, "schedule");
    record(stage, CaseStage.SCHEDULED, "SCHEDULED", actor, at, requireReason(reason), null, null);
  }

  /** SCHEDULED back to APPROVED: the operation was cancelled or the person did not leave. */
  void unschedule(String actor, String reason, Instant at) {
    requireStage(CaseStage.SCHEDULED, "take off the schedule");
    record(stage, CaseStage.APPROVED, "UNSCHEDULED", actor, at, requireReason(reason), null, null);
  }

  /** SCHEDULED to REPATRIATED: custody passed to the home state in a recorded handover. */
  void repatriate(String actor, String reason, Instant at) {
    requireStage(CaseStage.SCHEDULED, "mark as repatriated");
    record(
        stage, CaseStage.REPATRIATED, "REPATRIATED", actor, at, requireReason(reason), null, null);
  }

  /** The person was handed to a third state: the home state's case ends here. */
  void closeOnTransfer(String actor, String reason, Instant at) {
    if (stage == CaseStage.CLOSED) {
      return;
    }
    record(stage, CaseStage.CLOSED, "CLOSED", actor, at, requireReason(reason), null, null);
  }

  /** What stands between this case and its next stage, in words; empty when nothing does. */
  String blocker(boolean vettingCleared) {
    return switch (stage) {
      case IDENTIFIED -> "nationality not verified";
      case NATIONALITY_VERIFIED ->
          vettingCleared ? "ready to be marked vetted" : "vetting outcome not recorded";
      case VETTED ->
          proposedBy == null ? "approval not proposed" : "awaiting a second user's approval";
      case ON_HOLD -> "on hold";
      case DECLINED -> "declined";
      default -> "";
    };
  }

  private void requireStage(CaseStage expected, String action) {
    if (stage != expected) {
      throw new CaseRuleException(
          "Cannot "
              + action
              + " a case at "
              + stage
              + "; that step needs the stage "
              + expected
              + ".");
    }
  }

  private void requireOpen(String action) {
    if (!stage.isOpen()) {
      throw new CaseRuleException("Cannot " + action + " a case at " + stage + ".");
    }
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new CaseRuleException("Every step of a case needs a reason: say why in 'reason'.");
    }
    if (reason.strip().length() > 2000) {
      throw new CaseRuleException("A reason has at most 2000 characters.");
    }
    return reason.strip();
  }

  private void record(
      CaseStage from,
      CaseStage to,
      String action,
      String actor,
      Instant at,
      String reason,
      NationalityEvidence evidence,
      String reference) {
    Objects.requireNonNull(actor);
    stage = to;
    history.add(new CaseTransition(from, to, action, actor, at, reason, evidence, reference));
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public CaseStage stage() {
    return stage;
  }

  CaseStage heldFrom() {
    return heldFrom;
  }

  public String proposedBy() {
    return proposedBy;
  }

  int version() {
    return version;
  }

  public List<CaseTransition> history() {
    return List.copyOf(history);
  }

  @Override
  public String toString() {
    return "RepatriationCase[id=" + id + ", stage=" + stage + "]";
  }
}
