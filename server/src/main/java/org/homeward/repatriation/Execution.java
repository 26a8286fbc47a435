package org.homeward.repatriation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The day of an operation as the coordinator records it: the persons who left, each bound for a
 * receiving state, and one handover per receiving state. It knows that everyone who left is handed
 * over exactly once, to the state they were bound for, and that every handover has someone in it.
 */
final class Execution {
  /** A handover as entered, before persons are assigned to it. */
  record HandoverDraft(
      String receivingState,
      String fromAuthority,
      String toAuthority,
      String place,
      Instant handedOverAt,
      List<String> fromOfficials,
      List<String> toOfficials) {}

  private final Map<UUID, String> destinations;
  private final List<HandoverDraft> drafts;

  /**
   * @param destinations each departing person's receiving state, or null when none could be found
   */
  Execution(Map<UUID, String> destinations, List<HandoverDraft> drafts) {
    this.destinations = new LinkedHashMap<>(destinations);
    this.drafts = List.copyOf(drafts);
  }

  /** Every rule the recorded day breaks, each as a sentence that says what to do. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (destinations.isEmpty()) {
      problems.add(
          "Nobody is recorded as leaving: record who left, or cancel the operation instead.");
    }
    destinations.forEach(
        (person, state) -> {
          if (state == null) {
            problems.add(
                "Person "
                    + person
                    + " is bound for none of the operation's receiving states: record them as not"
                    + " leaving.");
          }
        });
    TreeSet<String> needed = new TreeSet<>();
    destinations.values().stream().filter(Objects::nonNull).forEach(needed::add);
    TreeSet<String> given = new TreeSet<>();
    drafts.forEach(d -> given.add(d.receivingState()));
    for (String state : needed) {
      if (!given.contains(state)) {
        problems.add(
            "Persons who left are bound for "
                + state
                + " but no handover to "
                + state
                + " is recorded: add one.");
      }
    }
    for (String state : given) {
      if (!needed.contains(state)) {
        problems.add(
            "The handover to " + state + " has nobody in it: remove it, or record who left.");
      }
    }
    return problems;
  }

  /**
   * The handovers with their persons; call only when {@link #problems()} is empty.
   *
   * @param homeState the state bringing its nationals home; any other receiving state is a third
   *     state
   */
  List<Handover> handovers(UUID operationId, String homeState) {
    List<Handover> handovers = new ArrayList<>();
    for (HandoverDraft d : drafts) {
      List<UUID> persons =
          destinations.entrySet().stream()
              .filter(e -> d.receivingState().equals(e.getValue()))
              .map(Map.Entry::getKey)
              .toList();
      handovers.add(
          new Handover(
              UUID.randomUUID(),
              operationId,
              d.receivingState(),
              !d.receivingState().equals(homeState),
              d.fromAuthority(),
              d.toAuthority(),
              d.place(),
              d.handedOverAt(),
              d.fromOfficials(),
              d.toOfficials(),
              persons));
    }
    return handovers;
  }
}
