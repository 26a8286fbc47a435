package org.homeward.registry;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The people who must move together: everyone reachable from a person through mother, guardian and
 * sibling links. Fathers and spouses are linked but not bound: in practice adult men are held
 * apart, in prisons, and their movement is decided separately.
 */
public record Household(UUID anchorPersonId, Set<UUID> memberIds, List<Relationship> links) {

  /**
   * @param loadLinks returns all relationships of the given persons
   */
  static Household around(
      UUID personId, java.util.function.Function<Set<UUID>, List<Relationship>> loadLinks) {
    Set<UUID> members = new LinkedHashSet<>(List.of(personId));
    Set<Relationship> binding = new LinkedHashSet<>();
    Deque<UUID> frontier = new ArrayDeque<>(members);
    while (!frontier.isEmpty()) {
      Set<UUID> batch = new LinkedHashSet<>(frontier);
      frontier.clear();
      for (Relationship r : loadLinks.apply(batch)) {
        if (!r.type().bindsHousehold()) {
          continue;
        }
        binding.add(r);
        for (UUID end : List.of(r.fromPersonId(), r.toPersonId())) {
          if (members.add(end)) {
            frontier.add(end);
          }
        }
      }
    }
    return new Household(personId, members, List.copyOf(binding));
  }
}
