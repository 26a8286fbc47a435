package org.homeward.repatriation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The persons of one operation, and the rules they must keep together: only eligible persons (case
 * approved, or requested by an accepted transfer request), no more than the capacity, and family
 * unity — a child travels with their mother or guardian unless flagged unaccompanied or separated
 * with a recorded reason, and a mother does not travel without her children unless a reason is
 * recorded.
 */
final class Manifest {
  private final int capacity;
  private final List<ManifestMember> members;

  Manifest(int capacity, List<ManifestMember> members) {
    this.capacity = capacity;
    this.members = List.copyOf(members);
  }

  /**
   * What does not block the manifest but the coordinator should act on: persons travelling under a
   * recorded exception, persons who need care on the way, and a manifest nearly full.
   */
  List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    for (ManifestMember m : members) {
      if (m.hasException()) {
        warnings.add(
            "Person "
                + m.personId()
                + " travels under a recorded exception to the family rules: \""
                + m.exceptionReason()
                + "\". Check it is still true on the day.");
      }
      if (m.needsCare()) {
        warnings.add(
            "Person "
                + m.personId()
                + " is flagged medical, disability or pregnancy: plan an escort or medical"
                + " support.");
      }
    }
    if (members.size() <= capacity && members.size() * 10 >= capacity * 9) {
      warnings.add(
          "The manifest holds "
              + members.size()
              + " of "
              + capacity
              + " seats: little room is left for an escort or a late addition.");
    }
    return warnings;
  }

  /** Every rule the manifest breaks, each as a sentence that says what to do. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (members.size() > capacity) {
      problems.add(
          "The manifest holds "
              + members.size()
              + " persons but the operation's capacity is "
              + capacity
              + ": remove persons or raise the capacity.");
    }
    Set<UUID> aboard = members.stream().map(ManifestMember::personId).collect(Collectors.toSet());
    for (ManifestMember m : members) {
      if (!m.eligible()) {
        problems.add(
            "Person "
                + m.personId()
                + " is not eligible: their case must be APPROVED, or they must"
                + " be named in an accepted transfer request.");
      }
      boolean withCarer = m.mothersAndGuardians().stream().anyMatch(aboard::contains);
      if (m.child() && !withCarer && !(m.travelsAlone() && m.hasException())) {
        problems.add(
            "Child "
                + m.personId()
                + " would travel without their mother or guardian: add them,"
                + " or flag the child unaccompanied or separated and record a reason.");
      }
      Set<UUID> left =
          m.children().stream().filter(c -> !aboard.contains(c)).collect(Collectors.toSet());
      if (!left.isEmpty() && !m.hasException()) {
        problems.add(
            "Person "
                + m.personId()
                + " would leave "
                + left.size()
                + " of their children behind:"
                + " add the children, or record a reason.");
      }
    }
    return problems;
  }
}
