package org.homeward.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.Capability;
import org.homeward.common.Countries;
import org.homeward.common.InvalidInputException;
import org.homeward.registry.CustodyEvent;
import org.homeward.registry.RegistryService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** What happened to one person, and what a state's operations were, in order of time. */
@Service
public class Timelines {
  private final RegistryService registry;
  private final RepatriationService cases;
  private final OperationRepository operations;
  private final OperationExecution execution;
  private final AccessPolicy access;

  Timelines(
      RegistryService registry,
      RepatriationService cases,
      OperationRepository operations,
      OperationExecution execution,
      AccessPolicy access) {
    this.registry = registry;
    this.cases = cases;
    this.operations = operations;
    this.execution = execution;
    this.access = access;
  }

  /**
   * One thing that happened to a person.
   *
   * @param kind CUSTODY, CASE, MANIFEST or HANDOVER
   */
  public record Entry(Instant at, String kind, String what, String by, UUID operationId) {}

  /** Everything that happened to a person that the caller may see, oldest first. */
  public List<Entry> ofPerson(UUID personId) {
    registry.get(personId);
    List<Entry> entries = new ArrayList<>();
    try {
      for (CustodyEvent e : registry.custodyHistory(personId)) {
        entries.add(
            new Entry(
                e.recordedAt(),
                "CUSTODY",
                e.status() + " (" + e.reason() + ")",
                e.recordedBy(),
                null));
      }
    } catch (AccessDeniedException e) {
      // the caller may not read where the person is held; the rest of the story is still theirs
    }
    cases
        .findFor(personId)
        .ifPresent(
            c ->
                c.history()
                    .forEach(
                        t ->
                            entries.add(
                                new Entry(
                                    t.at(),
                                    "CASE",
                                    t.action()
                                        + (t.from() == null || t.from() == t.to()
                                            ? " at " + t.to()
                                            : ": " + t.from() + " -> " + t.to())
                                        + " ("
                                        + t.reason()
                                        + ")",
                                    t.actor(),
                                    null))));
    if (access.has(Capability.OPERATION_PLAN)) {
      for (Map.Entry<UUID, Instant> m : operations.manifestsOf(personId)) {
        operations
            .find(m.getKey())
            .ifPresent(
                o ->
                    entries.add(
                        new Entry(
                            m.getValue(),
                            "MANIFEST",
                            "put on the manifest of " + o.name() + " (" + o.status() + ")",
                            null,
                            o.id())));
      }
    }
    for (Handover h : execution.chainOfCustody(personId)) {
      entries.add(
          new Entry(
              h.handedOverAt(),
              "HANDOVER",
              "handed over by " + h.fromAuthority() + " to " + h.toAuthority() + " at " + h.place(),
              null,
              h.operationId()));
    }
    entries.sort(Comparator.comparing(Entry::at));
    return entries;
  }

  /** One operation as a receiving state's timeline shows it. */
  public record StateOperation(
      UUID operationId,
      String name,
      LocalDate plannedDate,
      Operation.Status status,
      Instant executedAt,
      int onManifest,
      int departed,
      int handedToThisState) {}

  /** All operations bound for a state, by planned date, with their counts. */
  public List<StateOperation> ofState(String stateCode) {
    access.require(Capability.OPERATION_PLAN);
    String state = stateCode == null ? null : stateCode.strip().toUpperCase(Locale.ROOT);
    if (!Countries.isAlpha3(state)) {
      throw new InvalidInputException("state", "an ISO 3166-1 alpha-3 code such as TJK");
    }
    List<StateOperation> result = new ArrayList<>();
    for (Operation o : operations.all()) {
      UUID id = o.id();
      if (!o.receivingStates().contains(state)) {
        continue;
      }
      Map<UUID, Departure> outcomes = operations.outcomes(id);
      int handed =
          execution.handoversOf(id).stream()
              .filter(h -> h.receivingState().equals(state))
              .mapToInt(h -> h.personIds().size())
              .sum();
      result.add(
          new StateOperation(
              id,
              o.name(),
              o.plannedDate(),
              o.status(),
              o.executedAt(),
              operations.manifest(id).size(),
              (int) outcomes.values().stream().filter(d -> d == Departure.DEPARTED).count(),
              handed));
    }
    return result;
  }
}
