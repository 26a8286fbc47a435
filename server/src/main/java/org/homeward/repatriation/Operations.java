package org.homeward.repatriation;

import java.time.Clock;
import java.time.LocalDate;
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
import org.homeward.access.Capability;
import org.homeward.access.CurrentActor;
import org.homeward.audit.AuditTrail;
import org.homeward.common.ConflictException;
import org.homeward.common.Countries;
import org.homeward.common.FieldErrors;
import org.homeward.common.NotFoundException;
import org.homeward.registry.PersonSummary;
import org.homeward.registry.RegistryService;
import org.homeward.registry.Relationship;
import org.homeward.registry.RelationshipType;
import org.homeward.registry.Vulnerability;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operations and their manifests, checked against the manifest rules before anything is saved. */
@Service
public class Operations {
  private static final String TARGET = "Operation";

  private final OperationRepository operations;
  private final RepatriationService cases;
  private final TransferRequests transfers;
  private final RegistryService registry;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final CurrentActor actor;
  private final Clock clock;

  Operations(
      OperationRepository operations,
      RepatriationService cases,
      TransferRequests transfers,
      RegistryService registry,
      AccessPolicy access,
      AuditTrail audit,
      CurrentActor actor,
      Clock clock) {
    this.operations = operations;
    this.cases = cases;
    this.transfers = transfers;
    this.registry = registry;
    this.access = access;
    this.audit = audit;
    this.actor = actor;
    this.clock = clock;
  }

  /** A person to put on a manifest, with the reason for setting a family rule aside, if any. */
  public record Addition(UUID personId, String exceptionReason) {}

  @Transactional
  public Operation plan(
      String name,
      String plannedDate,
      String handoverPoint,
      List<String> receivingStates,
      Integer capacity) {
    access.require(Capability.OPERATION_PLAN);
    FieldErrors errors = new FieldErrors();
    String title = errors.requiredText(name, "name", 300, "a name of 1 to 300 characters");
    LocalDate date = null;
    try {
      date = plannedDate == null ? null : LocalDate.parse(plannedDate.strip());
    } catch (DateTimeParseException e) {
      // reported below
    }
    if (date == null) {
      errors.add("plannedDate", "a date as yyyy-MM-dd");
    }
    String point =
        errors.requiredText(
            handoverPoint, "handoverPoint", 300, "where custody passes, 1 to 300 characters");
    List<String> states = new ArrayList<>();
    if (receivingStates == null || receivingStates.isEmpty()) {
      errors.add("receivingStates", "at least one ISO 3166-1 alpha-3 code");
    } else {
      for (int i = 0; i < receivingStates.size(); i++) {
        String code =
            receivingStates.get(i) == null
                ? null
                : receivingStates.get(i).strip().toUpperCase(Locale.ROOT);
        if (!Countries.isAlpha3(code)) {
          errors.add("receivingStates[" + i + "]", "an ISO 3166-1 alpha-3 code such as TJK");
        } else {
          states.add(code);
        }
      }
    }
    if (capacity == null || capacity < 1 || capacity > 10_000) {
      errors.add("capacity", "a number of seats from 1 to 10000");
    }
    errors.throwIfAny();
    Operation o =
        new Operation(
            UUID.randomUUID(),
            title,
            date,
            point,
            states,
            capacity,
            Operation.Status.PLANNED,
            null);
    operations.insert(o, actor.username(), clock.instant());
    audit.record(
        "OPERATION_PLANNED", TARGET, o.id(), "capacity=" + capacity + "; states=" + states);
    return o;
  }

  public Operation get(UUID id) {
    access.require(Capability.OPERATION_PLAN);
    return operations.find(id).orElseThrow(() -> new NotFoundException("Operation"));
  }

  /** The persons of the manifest the caller may see. */
  public List<PersonSummary> manifest(UUID operationId) {
    get(operationId);
    return registry.summaries(List.copyOf(operations.manifest(operationId).keySet()));
  }

  /**
   * Adds persons; refuses the whole addition, naming every broken rule, if the result breaks one.
   */
  @Transactional
  public List<PersonSummary> add(UUID operationId, List<Addition> additions) {
    Operation o = get(operationId);
    if (o.status() != Operation.Status.PLANNED) {
      throw new ConflictException(
          "Persons are added while an operation is PLANNED; this one is " + o.status() + ".");
    }
    if (additions == null || additions.isEmpty()) {
      throw new org.homeward.common.InvalidInputException("persons", "at least one person to add");
    }
    Map<UUID, String> result = new LinkedHashMap<>(operations.manifest(operationId));
    for (Addition a : additions) {
      if (a == null || a.personId() == null) {
        throw new org.homeward.common.InvalidInputException("persons", "each with a personId");
      }
      registry.get(a.personId());
      if (result.containsKey(a.personId())) {
        throw new ConflictException("Person " + a.personId() + " is already on this manifest.");
      }
      result.put(
          a.personId(),
          a.exceptionReason() == null || a.exceptionReason().isBlank()
              ? null
              : a.exceptionReason().strip());
    }
    List<String> problems = new Manifest(o.capacity(), members(result)).problems();
    if (!problems.isEmpty()) {
      throw new ConflictException(String.join(" ", problems));
    }
    for (Addition a : additions) {
      try {
        operations.add(
            operationId, a.personId(), result.get(a.personId()), actor.username(), clock.instant());
      } catch (DuplicateKeyException e) {
        throw new ConflictException(
            "Person "
                + a.personId()
                + " is already on another active manifest: remove them there first.");
      }
    }
    audit.record("MANIFEST_PERSONS_ADDED", TARGET, operationId, "count=" + additions.size());
    return manifest(operationId);
  }

  /** Who left on the day and who did not (empty before execution). */
  public Map<UUID, Departure> outcomes(UUID operationId) {
    get(operationId);
    return operations.outcomes(operationId);
  }

  /** The manifest's broken rules (which block confirmation) and warnings (which do not). */
  public record Check(List<String> problems, List<String> warnings) {}

  public Check check(UUID operationId) {
    Operation o = get(operationId);
    Manifest m = new Manifest(o.capacity(), members(operations.manifest(operationId)));
    return new Check(m.problems(), m.warnings());
  }

  @Transactional
  public Operation confirm(UUID operationId) {
    Operation o = get(operationId);
    Map<UUID, String> entries = operations.manifest(operationId);
    if (entries.isEmpty()) {
      throw new ConflictException("An operation with an empty manifest cannot be confirmed.");
    }
    List<String> problems = new Manifest(o.capacity(), members(entries)).problems();
    if (!problems.isEmpty()) {
      throw new ConflictException(String.join(" ", problems));
    }
    move(o, Operation.Status.PLANNED, Operation.Status.CONFIRMED, "OPERATION_CONFIRMED");
    cases.followOperation(
        List.copyOf(entries.keySet()),
        RepatriationService.OperationStep.SCHEDULE,
        "on the manifest of operation " + o.name());
    return get(operationId);
  }

  @Transactional
  public Operation cancel(UUID operationId) {
    Operation o = get(operationId);
    if (!o.isActive()) {
      throw new ConflictException(
          "Only a planned or confirmed operation can be cancelled; this one is "
              + o.status()
              + ".");
    }
    move(o, o.status(), Operation.Status.CANCELLED, "OPERATION_CANCELLED");
    operations.releaseAll(operationId);
    cases.followOperation(
        List.copyOf(operations.manifest(operationId).keySet()),
        RepatriationService.OperationStep.UNSCHEDULE,
        "operation " + o.name() + " was cancelled");
    return get(operationId);
  }

  /** EXECUTED to CLOSED: the paperwork of the day is done; nothing about it changes any more. */
  @Transactional
  public Operation close(UUID operationId) {
    Operation o = get(operationId);
    if (o.status() != Operation.Status.EXECUTED) {
      throw new ConflictException(
          "Only an executed operation can be closed; this one is " + o.status() + ".");
    }
    move(o, Operation.Status.EXECUTED, Operation.Status.CLOSED, "OPERATION_CLOSED");
    return get(operationId);
  }

  /** All operations, by planned date. */
  public List<Operation> all() {
    access.require(Capability.OPERATION_PLAN);
    return operations.all();
  }

  private void move(Operation o, Operation.Status from, Operation.Status to, String action) {
    if (o.status() != from || !operations.changeStatus(o.id(), from, to)) {
      throw new ConflictException(
          "The operation is "
              + o.status()
              + "; that step needs "
              + from
              + ". Reload and try again.");
    }
    audit.record(action, TARGET, o.id(), "status: " + from + " -> " + to);
  }

  /** What the manifest rules need to know about each of these persons (id to exception reason). */
  List<ManifestMember> members(Map<UUID, String> entries) {
    List<ManifestMember> members = new ArrayList<>();
    Map<UUID, PersonSummary> summaries = new java.util.HashMap<>();
    registry.summaries(List.copyOf(entries.keySet())).forEach(p -> summaries.put(p.id(), p));
    for (Map.Entry<UUID, String> e : entries.entrySet()) {
      UUID id = e.getKey();
      PersonSummary summary = summaries.get(id);
      Set<UUID> carers = new HashSet<>();
      Set<UUID> children = new HashSet<>();
      for (Relationship r : registry.relationshipsOf(id)) {
        boolean caring =
            r.type() == RelationshipType.MOTHER_OF || r.type() == RelationshipType.GUARDIAN_OF;
        if (caring && r.toPersonId().equals(id)) {
          carers.add(r.fromPersonId());
        } else if (caring && r.fromPersonId().equals(id)) {
          children.add(r.toPersonId());
        }
      }
      Set<UUID> minorChildren = new HashSet<>();
      for (PersonSummary c : registry.summaries(List.copyOf(children))) {
        if (c.age() == null || c.age() < 18) {
          minorChildren.add(c.id());
        }
      }
      Set<Vulnerability> flags = registry.open(id).person().details().vulnerabilities();
      boolean alone =
          flags.contains(Vulnerability.UNACCOMPANIED_CHILD)
              || flags.contains(Vulnerability.SEPARATED_CHILD);
      members.add(
          new ManifestMember(
              id,
              summary.age() != null && summary.age() < 18,
              carers,
              minorChildren,
              alone,
              eligible(id),
              e.getValue(),
              flags.contains(Vulnerability.MEDICAL)
                  || flags.contains(Vulnerability.DISABILITY)
                  || flags.contains(Vulnerability.PREGNANCY)));
    }
    return members;
  }

  private boolean eligible(UUID personId) {
    try {
      CaseStage stage = cases.of(personId).stage();
      if (stage == CaseStage.APPROVED || stage == CaseStage.SCHEDULED) {
        return true;
      }
    } catch (NotFoundException e) {
      // no case: eligible only through an accepted transfer request
    }
    return transfers.acceptedFor(personId);
  }
}
