package org.homeward.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.registry.PersonInput;

/** Turns a generated person into the input a registrar would send. */
final class DemoPersons {
  private DemoPersons() {}

  static PersonInput toInput(DemoPerson p, Map<String, UUID> facilities) {
    UUID facility = p.facilityKey() == null ? null : facilities.get(p.facilityKey());
    return new PersonInput(
        p.names().stream()
            .map(n -> new PersonInput.NameInput(n.text(), n.script(), n.language(), n.source()))
            .toList(),
        p.sex(),
        birthDate(p.birthDate()),
        p.claimedNationalities().stream()
            .map(c -> new PersonInput.NationalityInput(c, "CLAIMED"))
            .toList(),
        p.documents().stream()
            .map(d -> new PersonInput.DocumentInput(d.type(), d.number(), d.issuingCountry(), null))
            .toList(),
        facility == null ? null : facility.toString(),
        p.custodyStatus(),
        null,
        List.copyOf(p.vulnerabilities()));
  }

  private static PersonInput.BirthDateInput birthDate(DemoBirthDate b) {
    if (b == null) {
      return null;
    }
    String value =
        switch (b.precision()) {
          case "YEAR" -> String.valueOf(b.date().getYear());
          case "MONTH" -> b.date().toString().substring(0, 7);
          default -> b.date().toString();
        };
    return new PersonInput.BirthDateInput(value, b.precision(), null, null);
  }
}
