package org.homeward.demo;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One synthetic person.
 *
 * @param sex FEMALE or MALE
 * @param birthDate null when no source gives a date or an age
 * @param names one to three spellings; the first is the home ministry's Cyrillic list
 * @param claimedNationalities ISO 3166-1 alpha-3, primary first
 * @param custodyStatus HELD, IN_TRANSIT, MISSING or DECEASED
 * @param vulnerabilities UNACCOMPANIED_CHILD, SEPARATED_CHILD, MEDICAL, DISABILITY, PREGNANCY
 */
public record DemoPerson(
    String key,
    String sex,
    DemoBirthDate birthDate,
    List<DemoName> names,
    List<String> claimedNationalities,
    List<DemoDocument> documents,
    String facilityKey,
    String custodyStatus,
    Set<String> vulnerabilities) {

  public DemoPerson {
    names = List.copyOf(names);
    claimedNationalities = List.copyOf(claimedNationalities);
    documents = List.copyOf(documents);
    // Sorted, so that iteration order (and anything written from it) is the same on every run.
    vulnerabilities = Collections.unmodifiableSortedSet(new TreeSet<>(vulnerabilities));
  }
}
