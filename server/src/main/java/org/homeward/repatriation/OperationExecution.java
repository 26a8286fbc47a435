package org.homeward.repatriation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.Agencies;
import org.homeward.access.Agency;
import org.homeward.audit.AuditTrail;
import org.homeward.common.ConflictException;
import org.homeward.common.FieldErrors;
import org.homeward.registry.CustodyStatus;
import org.homeward.registry.RegistryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day of an operation: who left, the handovers in which custody passed, and what that does to
 * each person's custody status and case. All of it happens in one transaction or not at all.
 */
@Service
public class OperationExecution {
  private static final String TARGET = "Operation";
  private static final int MAX_OFFICIALS = 20;

  /** Clocks of the coordinator's laptop and the server may differ a little. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final Operations operations;
  private final OperationRepository repository;
  private final HandoverRepository handovers;
  private final RepatriationService cases;
  private final TransferRequests transfers;
  private final RegistryService registry;
  private final AccessPolicy access;
  private final Agencies agencies;
  private final AuditTrail audit;
  private final org.homeward.access.CurrentActor actor;
  private final Clock clock;

  OperationExecution(
      Operations operations,
      OperationRepository repository,
      HandoverRepository handovers,
      RepatriationService cases,
      TransferRequests transfers,
      RegistryService registry,
      AccessPolicy access,
      Agencies agencies,
      AuditTrail audit,
      org.homeward.access.CurrentActor actor,
      Clock clock) {
    this.operations = operations;
    this.repository = repository;
    this.handovers = handovers;
    this.cases = cases;
    this.transfers = transfers;
    this.registry = registry;
    this.access = access;
    this.agencies = agencies;
    this.audit = audit;
    this.actor = actor;
    this.clock = clock;
  }

  /** A person on the manifest who did not leave, and why (ABSENT, ILL, REFUSED or OTHER). */
  public record NotLeaving(UUID personId, String reason, String note) {}

  /** A handover as the coordinator enters it; persons are assigned by their receiving state. */
  public record HandoverInput(
      String receivingState,
      String fromAuthority,
      String toAuthority,
      String place,
      String handedOverAt,
      List<String> fromOfficials,
      List<String> toOfficials) {}

  /**
   * Records the day: everyone on the manifest not named in {@code notLeaving} left and is handed
   * over to the state they are bound for (a third state that requested them, else the home state).
   */
  @Transactional
  public List<Handover> execute(
      UUID operationId, List<NotLeaving> notLeaving, List<HandoverInput> handoverInputs) {
    Operation o = operations.get(operationId);
    if (o.status() != Operation.Status.CONFIRMED) {
      throw new ConflictException(
          "Only a confirmed operation can be executed; this one is "
              + o.status()
              + (o.status() == Operation.Status.PLANNED ? ": confirm its manifest first." : "."));
    }
    Map<UUID, String> manifest = repository.manifest(operationId);
    FieldErrors errors = new FieldErrors();
    Map<UUID, NotLeaving> absent = absentees(notLeaving, manifest, errors);
    List<Execution.HandoverDraft> drafts = drafts(o, handoverInputs, errors);
    errors.throwIfAny();

    Map<UUID, String> departing = new LinkedHashMap<>(manifest);
    departing.keySet().removeAll(absent.keySet());
    List<String> problems = new ArrayList<>();
    if (!departing.isEmpty()) {
      for (String p : new Manifest(Integer.MAX_VALUE, operations.members(departing)).problems()) {
        problems.add(p + " (as recorded for the day: record the family's departures together)");
      }
    }
    String home = homeState(o);
    Map<UUID, String> destinations = new LinkedHashMap<>();
    for (UUID person : departing.keySet()) {
      String state = transfers.acceptedStateFor(person).orElse(home);
      destinations.put(person, o.receivingStates().contains(state) ? state : null);
    }
    Execution day = new Execution(destinations, drafts);
    problems.addAll(day.problems());
    if (!problems.isEmpty()) {
      throw new ConflictException(String.join(" ", problems));
    }

    Instant now = clock.instant();
    String by = actor.username();
    if (!repository.markExecuted(operationId, by, now)) {
      throw new ConflictException("The operation changed meanwhile: reload it and try again.");
    }
    List<Handover> recorded = day.handovers(operationId, home);
    for (Handover h : recorded) {
      handovers.insert(h, by, now);
      passCustody(o, h);
      audit.record(
          "HANDOVER_RECORDED",
          "Handover",
          h.id(),
          "operation="
              + operationId
              + "; to="
              + h.receivingState()
              + "; persons="
              + h.personIds().size());
    }
    for (UUID person : departing.keySet()) {
      repository.recordOutcome(operationId, person, Departure.DEPARTED, null);
    }
    absent.forEach(
        (person, why) ->
            repository.recordOutcome(
                operationId,
                person,
                Departure.valueOf(why.reason().strip().toUpperCase(Locale.ROOT)),
                blankToNull(why.note())));
    cases.followOperation(
        List.copyOf(absent.keySet()),
        RepatriationService.OperationStep.UNSCHEDULE,
        "did not leave with operation " + o.name());
    repository.releaseAll(operationId);
    audit.record(
        "OPERATION_EXECUTED",
        TARGET,
        operationId,
        "status: CONFIRMED -> EXECUTED; departed="
            + departing.size()
            + "; notLeaving="
            + absent.size());
    return recorded;
  }

  private void passCustody(Operation o, Handover h) {
    String reason = "handover " + h.id() + " in operation " + o.name();
    if (!h.thirdState()) {
      registry.recordCustodyPassed(h.personIds(), CustodyStatus.REPATRIATED, null, reason);
      cases.followOperation(h.personIds(), RepatriationService.OperationStep.REPATRIATE, reason);
    } else {
      registry.recordCustodyPassed(
          h.personIds(), CustodyStatus.HANDED_TO_THIRD_STATE, h.receivingState(), reason);
      cases.followOperation(
          h.personIds(),
          RepatriationService.OperationStep.CLOSE_ON_TRANSFER,
          "handed to " + h.receivingState() + " at its request; " + reason);
    }
  }

  /** The state the coordinator's agency belongs to; persons not requested by others go there. */
  private String homeState(Operation o) {
    UUID agency = access.agencyId();
    return agency == null
        ? o.receivingStates().get(0)
        : agencies.find(agency).map(Agency::stateCode).orElse(o.receivingStates().get(0));
  }

  private static Map<UUID, NotLeaving> absentees(
      List<NotLeaving> notLeaving, Map<UUID, String> manifest, FieldErrors errors) {
    Map<UUID, NotLeaving> absent = new LinkedHashMap<>();
    List<NotLeaving> given = notLeaving == null ? List.of() : notLeaving;
    for (int i = 0; i < given.size(); i++) {
      NotLeaving n = given.get(i);
      String field = "notLeaving[" + i + "]";
      if (n == null || n.personId() == null || !manifest.containsKey(n.personId())) {
        errors.add(field + ".personId", "the id of a person on this operation's manifest");
        continue;
      }
      Departure reason = errors.requiredEnum(Departure.class, n.reason(), field + ".reason");
      if (reason == Departure.DEPARTED) {
        errors.add(
            field + ".reason", "why the person did not leave: ABSENT, ILL, REFUSED or OTHER");
      }
      if (reason == Departure.OTHER && (n.note() == null || n.note().isBlank())) {
        errors.add(field + ".note", "what happened, when the reason is OTHER");
      }
      if (n.note() != null && n.note().strip().length() > 1000) {
        errors.add(field + ".note", "at most 1000 characters");
      }
      if (absent.put(n.personId(), n) != null) {
        errors.add(field + ".personId", "each person named once");
      }
    }
    return absent;
  }

  private List<Execution.HandoverDraft> drafts(
      Operation o, List<HandoverInput> inputs, FieldErrors errors) {
    List<Execution.HandoverDraft> drafts = new ArrayList<>();
    if (inputs == null || inputs.isEmpty()) {
      errors.add("handovers", "one handover for each receiving state persons left for");
      return drafts;
    }
    Set<String> states = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      HandoverInput in = inputs.get(i);
      String field = "handovers[" + i + "]";
      if (in == null) {
        errors.add(field, "a handover");
        continue;
      }
      String state =
          in.receivingState() == null ? null : in.receivingState().strip().toUpperCase(Locale.ROOT);
      if (state == null || !o.receivingStates().contains(state)) {
        errors.add(
            field + ".receivingState",
            "one of the operation's receiving states " + o.receivingStates());
      } else if (!states.add(state)) {
        errors.add(field + ".receivingState", "one handover per receiving state");
      }
      String from =
          errors.requiredText(
              in.fromAuthority(),
              field + ".fromAuthority",
              300,
              "the authority handing the persons over, 1 to 300 characters");
      String to =
          errors.requiredText(
              in.toAuthority(),
              field + ".toAuthority",
              300,
              "the authority receiving the persons, 1 to 300 characters");
      String place =
          in.place() == null || in.place().isBlank()
              ? o.handoverPoint()
              : errors.requiredText(
                  in.place(), field + ".place", 300, "where custody passed, 1 to 300 characters");
      Instant at = time(o, in.handedOverAt(), field + ".handedOverAt", errors);
      List<String> fromOfficials =
          officials(in.fromOfficials(), field + ".fromOfficials", "handing", errors);
      List<String> toOfficials =
          officials(in.toOfficials(), field + ".toOfficials", "receiving", errors);
      drafts.add(
          new Execution.HandoverDraft(state, from, to, place, at, fromOfficials, toOfficials));
    }
    return drafts;
  }

  private Instant time(Operation o, String text, String field, FieldErrors errors) {
    OffsetDateTime at;
    try {
      at = text == null ? null : OffsetDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      at = null;
    }
    if (at == null) {
      errors.add(field, "a date and time with offset, e.g. 2027-05-21T10:30:00+03:00");
      return null;
    }
    if (at.toLocalDate().isBefore(o.plannedDate())) {
      errors.add(
          field,
          "a time on or after the operation's planned date "
              + o.plannedDate()
              + " (the handover cannot come before the operation)");
    } else if (at.toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
      errors.add(field, "a time that has passed: an execution is recorded after the handover");
    }
    return at.toInstant();
  }

  private static List<String> officials(
      List<String> names, String field, String side, FieldErrors errors) {
    List<String> clean = new ArrayList<>();
    if (names != null) {
      names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).forEach(clean::add);
    }
    if (clean.isEmpty() || clean.size() > MAX_OFFICIALS) {
      errors.add(
          field,
          "the names of 1 to " + MAX_OFFICIALS + " officials who signed for the " + side + " side");
    } else if (clean.stream().anyMatch(n -> n.length() > 300 || n.contains("\n"))) {
      errors.add(field, "each name on one line, at most 300 characters");
    }
    return clean;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The handovers of an operation, oldest first. */
  public List<Handover> handoversOf(UUID operationId) {
    operations.get(operationId);
    return handovers.ofOperation(operationId).stream().map(this::visiblePart).toList();
  }

  /** A person's chain of custody: the handovers they were part of, oldest first. */
  public List<Handover> chainOfCustody(UUID personId) {
    registry.get(personId);
    return handovers.ofPerson(personId).stream().map(this::visiblePart).toList();
  }

  /** The handover naming only the persons the caller may see. */
  private Handover visiblePart(Handover h) {
    Set<UUID> visible = new HashSet<>();
    registry.summaries(h.personIds()).forEach(p -> visible.add(p.id()));
    return new Handover(
        h.id(),
        h.operationId(),
        h.receivingState(),
        h.thirdState(),
        h.fromAuthority(),
        h.toAuthority(),
        h.place(),
        h.handedOverAt(),
        h.fromOfficials(),
        h.toOfficials(),
        h.personIds().stream().filter(visible::contains).toList());
  }
}
