package org.homeward.registry;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a registrar records about a person, already checked (see {@link PersonInput}).
 *
 * @param birthDate null when nothing is known
 * @param facilityId where the person is held, null when not known or no longer held
 * @param handedToState the state a person was handed to (status HANDED_TO_THIRD_STATE), else null
 */
public record PersonDetails(
    List<NameVariant> names,
    Sex sex,
    PartialDate birthDate,
    List<Nationality> nationalities,
    List<IdentityDocument> documents,
    UUID facilityId,
    CustodyStatus custodyStatus,
    String handedToState,
    Set<Vulnerability> vulnerabilities) {

  public PersonDetails {
    if (names == null || names.isEmpty()) {
      throw new IllegalArgumentException("a person needs at least one name");
    }
    names = List.copyOf(names);
    Objects.requireNonNull(sex);
    nationalities = List.copyOf(nationalities);
    documents = List.copyOf(documents);
    Objects.requireNonNull(custodyStatus);
    vulnerabilities = Set.copyOf(vulnerabilities);
  }

  /** The name shown in lists: the first variant, as the registrar entered it first. */
  public String displayName() {
    return names.get(0).text();
  }

  @Override
  public String toString() {
    return "PersonDetails[names=" + names.size() + ", custodyStatus=" + custodyStatus + "]";
  }
}
