package org.homeward.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * People generated together, adults first so that trimming the last household of a caseload to size
 * drops children rather than leaving them without their carer's record.
 */
final class Household {

  /** "members[from] is type of members[to]". */
  record Link(int from, String type, int to) {}

  private final List<Sketch> members = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();

  int add(Sketch member) {
    members.add(member);
    return members.size() - 1;
  }

  void link(int from, String type, int to) {
    links.add(new Link(from, type, to));
  }

  Sketch member(int index) {
    return members.get(index);
  }

  List<Sketch> members() {
    return members;
  }

  List<Link> links() {
    return links;
  }
}
