package org.homeward.repatriation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.Capability;
import org.homeward.access.CurrentActor;
import org.homeward.audit.AuditTrail;
import org.homeward.common.ConflictException;
import org.homeward.common.FieldErrors;
import org.homeward.common.NotFoundException;
import org.homeward.registry.Household;
import org.homeward.registry.PersonSummary;
import org.homeward.registry.RegistryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repatriation cases: opened per person, moved through their stages by named users. Persons are
 * reached through the registry, so the access policy decides who may see which case.
 */
@Service
public class RepatriationService {
  private static final String CASE = "RepatriationCase";

  private final CaseRepository cases;
  private final RegistryService registry;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final CurrentActor actor;
  private final Clock clock;

  RepatriationService(
      CaseRepository cases,
      RegistryService registry,
      AccessPolicy access,
      AuditTrail audit,
      CurrentActor actor,
      Clock clock) {
    this.cases = cases;
    this.registry = registry;
    this.access = access;
    this.audit = audit;
    this.actor = actor;
    this.clock = clock;
  }

  /** The steps of a case a user can ask for, beside approval (which needs its own right). */
  public enum Step {
    VERIFY_NATIONALITY,
    MARK_VETTED,
    PROPOSE_APPROVAL,
    HOLD,
    DECLINE,
    REOPEN
  }

  @Transactional
  public RepatriationCase open(UUID personId, String reason) {
    access.require(Capability.CASE_WRITE);
    registry.get(personId);
    if (cases.ofPerson(personId).isPresent()) {
      throw new ConflictException("This person already has a repatriation case.");
    }
    RepatriationCase c = RepatriationCase.open(personId, actor.username(), reason, clock.instant());
    cases.save(c, true, actor.username());
    audit.record("CASE_OPENED", CASE, c.id(), "person=" + personId);
    return c;
  }

  public RepatriationCase of(UUID personId) {
    access.require(Capability.PERSON_READ);
    registry.get(personId);
    return cases.ofPerson(personId).orElseThrow(() -> new NotFoundException("Repatriation case"));
  }

  @Transactional
  public RepatriationCase step(
      UUID personId, String stepText, String reason, String evidenceText, String evidenceRef) {
    access.require(Capability.CASE_WRITE);
    // the person and case first: a person out of scope must not learn which input was wrong
    RepatriationCase c = of(personId);
    FieldErrors errors = new FieldErrors();
    Step step = errors.requiredEnum(Step.class, stepText, "step");
    NationalityEvidence evidence =
        errors.enumValue(NationalityEvidence.class, evidenceText, "evidenceKind", null);
    errors.throwIfAny();
    CaseStage before = c.stage();
    String by = actor.username();
    switch (step) {
      case VERIFY_NATIONALITY ->
          c.verifyNationality(by, reason, evidence, evidenceRef, clock.instant());
      case MARK_VETTED ->
          c.markVetted(by, reason, registry.isVettingCleared(personId), clock.instant());
      case PROPOSE_APPROVAL -> c.propose(by, reason, clock.instant());
      case HOLD -> c.hold(by, reason, clock.instant());
      case DECLINE -> c.decline(by, reason, clock.instant());
      case REOPEN -> c.reopen(by, reason, clock.instant());
    }
    cases.save(c, false, by);
    audit.record("CASE_" + step.name(), CASE, c.id(), "stage: " + before + " -> " + c.stage());
    return c;
  }

  /** The second pair of eyes: approves a case someone else proposed. */
  @Transactional
  public RepatriationCase approve(UUID personId, String reason) {
    access.require(Capability.CASE_APPROVE);
    RepatriationCase c = of(personId);
    c.approve(actor.username(), reason, clock.instant());
    cases.save(c, false, actor.username());
    audit.record("CASE_APPROVED", CASE, c.id(), "stage: VETTED -> APPROVED");
    return c;
  }

  /** Moves the cases of these persons as an operation moves; persons without a case are skipped. */
  @Transactional
  void followOperation(List<UUID> personIds, OperationStep step, String reason) {
    String by = actor.username();
    for (UUID personId : personIds) {
      Optional<RepatriationCase> found = cases.ofPerson(personId);
      if (found.isEmpty()) {
        continue;
      }
      RepatriationCase c = found.get();
      CaseStage before = c.stage();
      if (step == OperationStep.SCHEDULE && before != CaseStage.APPROVED
          || step == OperationStep.UNSCHEDULE && before != CaseStage.SCHEDULED) {
        continue; // e.g. a person named in a transfer request, whose case is not for this trip
      }
      switch (step) {
        case SCHEDULE -> c.schedule(by, reason, clock.instant());
        case UNSCHEDULE -> c.unschedule(by, reason, clock.instant());
        case REPATRIATE -> c.repatriate(by, reason, clock.instant());
        case CLOSE_ON_TRANSFER -> c.closeOnTransfer(by, reason, clock.instant());
      }
      cases.save(c, false, by);
      audit.record("CASE_" + step.name(), CASE, c.id(), "stage: " + before + " -> " + c.stage());
    }
  }

  /** What an operation does to the cases of the persons on its manifest. */
  enum OperationStep {
    SCHEDULE,
    UNSCHEDULE,
    REPATRIATE,
    CLOSE_ON_TRANSFER
  }

  /** A person's case with its history, or empty when none is open; for the person's timeline. */
  Optional<RepatriationCase> findFor(UUID personId) {
    registry.get(personId);
    return cases.ofPerson(personId);
  }

  /** One member of a household with their case stage and what blocks it. */
  public record MemberStage(PersonSummary person, CaseStage stage, String blocker) {}

  /** The stages of all members of a person's household side by side. */
  public List<MemberStage> householdStages(UUID personId) {
    Household household = registry.household(personId);
    List<MemberStage> members = new ArrayList<>();
    for (PersonSummary member : registry.summaries(List.copyOf(household.memberIds()))) {
      Optional<RepatriationCase> c = cases.ofPerson(member.id());
      members.add(
          new MemberStage(
              member,
              c.map(RepatriationCase::stage).orElse(null),
              c.map(x -> x.blocker(registry.isVettingCleared(member.id())))
                  .orElse("no case opened")));
    }
    return members;
  }
}
