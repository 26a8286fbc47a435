package org.homeward.registry;

import java.util.UUID;

/** Filters of the person list; a null field does not filter. */
public record PersonFilter(
    String nationality, UUID facilityId, CustodyStatus custodyStatus, Sex sex, AgeBand ageBand) {
  public static PersonFilter none() {
    return new PersonFilter(null, null, null, null, null);
  }
}
