package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.FieldAccess;
import org.homeward.access.FieldGroup;

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

  /**
   * The person as the caller may see them: a field group the caller may not read is absent, not
   * blanked, so the response gives no hint of what it would hold.
   */
  static Map<String, Object> of(PersonFile file, Facility facility, LocalDate today) {
    Person p = file.person();
    PersonDetails d = p.details();
    FieldAccess fields = file.fields();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", p.id());
    view.put("version", p.version());
    if (fields.mayRead(FieldGroup.IDENTITY)) {
      Integer age = p.ageOn(today);
      view.put("names", d.names());
      view.put("sex", d.sex());
      view.put("birthDate", BirthDateView.of(d.birthDate()));
      view.put("age", age);
      view.put("ageBand", AgeBand.of(age).label());
      view.put("nationalities", d.nationalities());
    }
    if (fields.mayRead(FieldGroup.DOCUMENTS)) {
      view.put("documents", d.documents());
    }
    if (fields.mayRead(FieldGroup.LOCATION)) {
      view.put(
          "facility", facility == null ? null : new FacilityRef(facility.id(), facility.name()));
      view.put("custodyStatus", d.custodyStatus());
      view.put("handedToState", d.handedToState());
    }
    if (fields.mayRead(FieldGroup.HEALTH)) {
      view.put("vulnerabilities", d.vulnerabilities().stream().sorted().toList());
    }
    if (fields.mayRead(FieldGroup.VETTING)) {
      view.put("vetting", file.vetting());
    }
    if (fields.mayRead(FieldGroup.NOTES)) {
      view.put("notes", file.notes());
    }
    view.put("createdAt", p.createdAt());
    view.put("createdBy", p.createdBy());
    view.put("updatedAt", p.updatedAt());
    view.put("updatedBy", p.updatedBy());
    return view;
  }

  @Override
  public String toString() {
    return "PersonView[id=" + id + "]";
  }
}
