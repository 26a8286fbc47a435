package org.homeward.registry;

import java.util.List;
import java.util.UUID;

/** The columns of a person list row. */
public record PersonSummary(
    UUID id,
    long seq,
    String displayName,
    Sex sex,
    PartialDate birthDate,
    Integer age,
    List<String> nationalities,
    UUID facilityId,
    CustodyStatus custodyStatus) {
  @Override
  public String toString() {
    return "PersonSummary[id=" + id + "]";
  }
}
