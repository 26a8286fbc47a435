package org.homeward.registry;

import java.util.List;
import java.util.UUID;

/** A row of a person list or search result, as the API shows it. */
record PersonSummaryView(
    UUID id,
    String displayName,
    Sex sex,
    String birthDate,
    Integer age,
    String ageBand,
    List<String> nationalities,
    UUID facilityId,
    CustodyStatus custodyStatus,
    Double score) {

  static PersonSummaryView of(PersonSummary s) {
    return of(s, null);
  }

  static PersonSummaryView of(PersonSummary s, Double score) {
    return new PersonSummaryView(
        s.id(),
        s.displayName(),
        s.sex(),
        s.birthDate() == null ? null : s.birthDate().text(),
        s.age(),
        AgeBand.of(s.age()).label(),
        s.nationalities(),
        s.facilityId(),
        s.custodyStatus(),
        score);
  }

  @Override
  public String toString() {
    return "PersonSummaryView[id=" + id + "]";
  }
}
