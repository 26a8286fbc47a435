package org.homeward.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the fields that differ between two versions of a person, for the audit trail. */
final class PersonChanges {
  private PersonChanges() {}

  static List<String> between(PersonDetails before, PersonDetails after) {
    List<String> changed = new ArrayList<>();
    compare("names", before.names(), after.names(), changed);
    compare("sex", before.sex(), after.sex(), changed);
    compare("birthDate", before.birthDate(), after.birthDate(), changed);
    compare("nationalities", before.nationalities(), after.nationalities(), changed);
    compare("documents", before.documents(), after.documents(), changed);
    compare("facilityId", before.facilityId(), after.facilityId(), changed);
    compare("custodyStatus", before.custodyStatus(), after.custodyStatus(), changed);
    compare("vulnerabilities", before.vulnerabilities(), after.vulnerabilities(), changed);
    return changed;
  }

  private static void compare(String field, Object a, Object b, List<String> changed) {
    if (!Objects.equals(a, b)) {
      changed.add(field);
    }
  }
}
