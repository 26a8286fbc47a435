package org.homeward.repatriation;

import java.time.Instant;

/**
 * One step of a case: who moved it from which stage to which, when and why, and on what evidence
 * where the stage needs one.
 *
 * @param action what was done: OPENED, ADVANCED, PROPOSED, APPROVED, HELD, DECLINED, REOPENED
 */
public record CaseTransition(
    CaseStage from,
    CaseStage to,
    String action,
    String actor,
    Instant at,
    String reason,
    NationalityEvidence evidenceKind,
    String evidenceRef) {}
