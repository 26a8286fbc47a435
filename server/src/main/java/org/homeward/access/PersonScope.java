package org.homeward.access;

import java.util.Set;
import java.util.UUID;

/**
 * The persons a user may see, as data the registry turns into a query: persons of the given states'
 * nationalities or handed to them, persons held in facilities the agency runs, and persons shared
 * with the agency.
 *
 * @param unrestricted only for the system's own work (no signed-in user, outside a web request)
 */
public record PersonScope(boolean unrestricted, Set<String> states, UUID agencyId) {
  public PersonScope {
    states = Set.copyOf(states);
  }

  public static PersonScope system() {
    return new PersonScope(true, Set.of(), null);
  }

  public static PersonScope nothing() {
    return new PersonScope(false, Set.of(), null);
  }

  public boolean isEmpty() {
    return !unrestricted && states.isEmpty() && agencyId == null;
  }
}
