package org.homeward.repatriation;

/** The stages of a repatriation case (DESIGN.md), in the order a case normally moves. */
public enum CaseStage {
  IDENTIFIED,
  NATIONALITY_VERIFIED,
  VETTED,
  APPROVED,
  SCHEDULED,
  REPATRIATED,
  IN_REINTEGRATION,
  CLOSED,
  ON_HOLD,
  DECLINED;

  /** Stages from which a case may still be held or declined. */
  boolean isOpen() {
    return this != CLOSED
        && this != DECLINED
        && this != ON_HOLD
        && this != REPATRIATED
        && this != IN_REINTEGRATION;
  }
}
