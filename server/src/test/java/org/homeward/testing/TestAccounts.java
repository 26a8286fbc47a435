package org.homeward.testing;

import java.util.Set;
import java.util.UUID;
import org.homeward.access.Agencies;
import org.homeward.access.Agency;
import org.homeward.access.Role;
import org.homeward.access.UserAccounts;

/**
 * Accounts for tests, created once per database: a registrar of a Tajik ministry, and on demand
 * users of any role in any state. Passwords are the user name followed by "-password".
 */
public final class TestAccounts {
  public static final String REGISTRAR = "test-registrar";

  private final Agencies agencies;
  private final UserAccounts accounts;

  public TestAccounts(Agencies agencies, UserAccounts accounts) {
    this.agencies = agencies;
    this.accounts = accounts;
  }

  public static String password(String username) {
    return username + "-password";
  }

  /** The test registrar, of a Tajik ministry. */
  public String registrar() {
    return user(REGISTRAR, Role.REGISTRAR, "Test ministry TJK", "GOVERNMENT", "TJK");
  }

  /** A user with one role in an agency (created if missing); returns the user name. */
  public String user(String username, Role role, String agencyName, String kind, String state) {
    if (!accounts.exists(username)) {
      accounts.create(username, password(username), Set.of(role), agency(agencyName, kind, state));
    }
    return username;
  }

  public UUID agency(String name, String kind, String state) {
    return agencies
        .named(name)
        .map(Agency::id)
        .orElseGet(() -> agencies.register(name, kind, state).id());
  }
}
