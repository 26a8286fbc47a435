package org.homeward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.homeward.linkage.synth.Weighted;

/**
 * Generates a synthetic caseload that looks like the real one: households of mothers and young
 * children in the camps, fathers and teenage boys held apart, orphans, names written differently by
 * every source, partial birth dates and few documents. All knowledge of names, places and rates is
 * in the data files under {@code /demo/}; this class only combines it.
 *
 * <p>Deterministic: the same seed, size and date always give an equal caseload, in the same order.
 */
public final class DemoCaseloadGenerator {

  private final long seed;

  public DemoCaseloadGenerator(long seed) {
    this.seed = seed;
  }

  /**
   * @param persons exactly how many persons to generate
   * @param today the day ages are counted from
   */
  public DemoCaseload generate(int persons, LocalDate today) {
    if (persons < 0) {
      throw new IllegalArgumentException("persons must not be negative: " + persons);
    }
    DemoData data = DemoData.get();
    SplittableRandom random = new SplittableRandom(seed);
    HouseholdBuilder households = new HouseholdBuilder(data, today, random);
    PersonRecorder recorder = new PersonRecorder(data);
    Weighted<String> evidence = data.settings().weights("evidence");
    List<DemoPerson> people = new ArrayList<>(persons);
    List<DemoRelationship> relationships = new ArrayList<>(persons * 2);
    while (people.size() < persons) {
      Household household = households.build(data.householdTypes().pick(random));
      // The last household is cut to fit; members are ordered adults first.
      int taken = Math.min(household.members().size(), persons - people.size());
      int first = people.size();
      for (int i = 0; i < taken; i++) {
        people.add(recorder.record(key(first + i), household.member(i), today, random));
      }
      for (Household.Link link : household.links()) {
        if (link.from() < taken && link.to() < taken) {
          DemoPerson to = people.get(first + link.to());
          relationships.add(
              new DemoRelationship(
                  key(first + link.from()),
                  link.type(),
                  to.key(),
                  evidence(link.type(), to, evidence, random)));
        }
      }
    }
    return new DemoCaseload(data.facilities(), people, relationships);
  }

  /** A parent named on the child's birth certificate is documented; otherwise mostly declared. */
  private static String evidence(
      String type, DemoPerson to, Weighted<String> evidence, SplittableRandom random) {
    boolean parentLink = type.equals("MOTHER_OF") || type.equals("FATHER_OF");
    boolean certificate =
        to.documents().stream().anyMatch(d -> d.type().equals("BIRTH_CERTIFICATE"));
    return parentLink && certificate ? "DOCUMENTED" : evidence.pick(random);
  }

  private static String key(int index) {
    return "P%06d".formatted(index + 1);
  }
}
