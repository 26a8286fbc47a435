package org.homeward.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.homeward.common.FieldErrors;

/** Reads list filters from request parameters, naming each parameter that is wrong. */
final class PersonFilters {
  private PersonFilters() {}

  static PersonFilter parse(
      String nationality, String facilityId, String custodyStatus, String sex, String ageBand) {
    FieldErrors errors = new FieldErrors();
    UUID facility = null;
    if (facilityId != null && !facilityId.isBlank()) {
      try {
        facility = UUID.fromString(facilityId.strip());
      } catch (IllegalArgumentException e) {
        errors.add("facilityId", "the id of a facility");
      }
    }
    CustodyStatus custody =
        errors.enumValue(CustodyStatus.class, custodyStatus, "custodyStatus", null);
    Sex checkedSex = errors.enumValue(Sex.class, sex, "sex", null);
    AgeBand band = null;
    if (ageBand != null && !ageBand.isBlank()) {
      band = AgeBand.fromLabel(ageBand.strip()).orElse(null);
      if (band == null) {
        errors.add(
            "ageBand", "one of " + Arrays.stream(AgeBand.values()).map(AgeBand::label).toList());
      }
    }
    errors.throwIfAny();
    String country =
        nationality == null || nationality.isBlank()
            ? null
            : nationality.strip().toUpperCase(Locale.ROOT);
    return new PersonFilter(country, facility, custody, checkedSex, band);
  }
}
