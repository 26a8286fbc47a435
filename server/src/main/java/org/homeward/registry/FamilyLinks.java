package org.homeward.registry;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.common.ConflictException;
import org.homeward.common.InvalidInputException;

/**
 * The rules a new family link must keep against the links already recorded: nobody is their own
 * relative or ancestor, a child has one mother and one father, and a parent is old enough.
 */
final class FamilyLinks {
  /** Younger than this at a child's birth, a recorded parent is more likely a data error. */
  static final int MIN_PARENT_AGE_YEARS = 10;

  private final List<Relationship> existing;

  FamilyLinks(List<Relationship> existing) {
    this.existing = existing;
  }

  void check(Person from, RelationshipType type, Person to) {
    if (from.id().equals(to.id())) {
      throw new InvalidInputException("toPersonId", "a person other than fromPersonId");
    }
    if (isDuplicate(from.id(), type, to.id())) {
      throw new ConflictException("This relationship is already recorded.");
    }
    if (type.isParental() || type == RelationshipType.GUARDIAN_OF) {
      checkNoCycle(from.id(), to.id());
    }
    if (type.isParental()) {
      checkParent(from, type, to);
    }
  }

  private boolean isDuplicate(UUID from, RelationshipType type, UUID to) {
    return existing.stream()
        .anyMatch(
            r ->
                r.type() == type
                    && ((r.fromPersonId().equals(from) && r.toPersonId().equals(to))
                        || (type.isSymmetric()
                            && r.fromPersonId().equals(to)
                            && r.toPersonId().equals(from))));
  }

  /** Refuses a link that would make someone their own ancestor. */
  private void checkNoCycle(UUID parent, UUID child) {
    Deque<UUID> toVisit = new ArrayDeque<>(List.of(child));
    Set<UUID> seen = new HashSet<>();
    while (!toVisit.isEmpty()) {
      UUID current = toVisit.pop();
      if (current.equals(parent)) {
        throw new InvalidInputException(
            "type", "a link that does not make a person their own ancestor");
      }
      if (seen.add(current)) {
        existing.stream()
            .filter(r -> isDescent(r.type()) && r.fromPersonId().equals(current))
            .forEach(r -> toVisit.push(r.toPersonId()));
      }
    }
  }

  private static boolean isDescent(RelationshipType type) {
    return type.isParental() || type == RelationshipType.GUARDIAN_OF;
  }

  private void checkParent(Person parent, RelationshipType type, Person child) {
    boolean hasSuch =
        existing.stream().anyMatch(r -> r.type() == type && r.toPersonId().equals(child.id()));
    if (hasSuch) {
      throw new ConflictException(
          "This child already has a recorded "
              + (type == RelationshipType.MOTHER_OF ? "mother" : "father")
              + "; correct that link instead of adding a second one.");
    }
    Sex expected = type == RelationshipType.MOTHER_OF ? Sex.FEMALE : Sex.MALE;
    Sex actual = parent.details().sex();
    if (actual != Sex.UNKNOWN && actual != expected) {
      throw new InvalidInputException(
          "type", "a " + type + " link from a person whose sex is " + expected + " or UNKNOWN");
    }
    PartialDate parentBirth = parent.details().birthDate();
    PartialDate childBirth = child.details().birthDate();
    if (parentBirth != null
        && childBirth != null
        && parentBirth.earliest().plusYears(MIN_PARENT_AGE_YEARS).isAfter(childBirth.latest())) {
      throw new InvalidInputException(
          "fromPersonId",
          "a parent born at least " + MIN_PARENT_AGE_YEARS + " years before the child");
    }
  }
}
