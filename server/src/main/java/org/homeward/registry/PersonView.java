package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person as the API shows it. */
record PersonView(
    UUID id,
    int version,
    List<NameVariant> names,
    Sex sex,
    BirthDateView birthDate,
    Integer age,
    String ageBand,
    List<Nationality> nationalities,
    List<IdentityDocument> documents,
    FacilityRef facility,
    CustodyStatus custodyStatus,
    List<Vulnerability> vulnerabilities,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  record BirthDateView(
      String value, DatePrecision precision, LocalDate earliest, LocalDate latest) {
    static BirthDateView of(PartialDate d) {
      return d == null
          ? null
          : new BirthDateView(d.text(), d.precision(), d.earliest(), d.latest());
    }
  }

  record FacilityRef(UUID id, String name) {}

  static PersonView of(Person p, Facility facility, LocalDate today) {
    PersonDetails d = p.details();
    Integer age = p.ageOn(today);
    return new PersonView(
        p.id(),
        p.version(),
        d.names(),
        d.sex(),
        BirthDateView.of(d.birthDate()),
        age,
        AgeBand.of(age).label(),
        d.nationalities(),
        d.documents(),
        facility == null ? null : new FacilityRef(facility.id(), facility.name()),
        d.custodyStatus(),
        d.vulnerabilities().stream().sorted().toList(),
        p.createdAt(),
        p.createdBy(),
        p.updatedAt(),
        p.updatedBy());
  }

  @Override
  public String toString() {
    return "PersonView[id=" + id + "]";
  }
}
