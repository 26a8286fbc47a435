package org.homeward.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.Agencies;
import org.homeward.access.Agency;
import org.homeward.access.AgencyKind;
import org.homeward.access.Role;
import org.homeward.access.SecondFactor;
import org.homeward.access.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * One demo user per role, in two states (Tajikistan and Kazakhstan), a custodian and an oversight
 * body, so a newcomer can watch scoping at work: the Kazakh registrar sees only Kazakh nationals,
 * the custodian only the people held in its facilities. Passwords are the user name followed by
 * "-demo"; demo only.
 */
@Component
class DemoAccounts {
  record DemoUser(String username, Role role, String agency) {
    String password() {
      return username + "-demo";
    }
  }

  static final String TAJIK_MINISTRY = "Ministry of Foreign Affairs of Tajikistan (demo)";
  static final String KAZAKH_COMMITTEE = "Committee for Children's Rights of Kazakhstan (demo)";
  static final String OVERSIGHT = "Independent Oversight Office (demo)";

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("registrar", Role.REGISTRAR, TAJIK_MINISTRY),
          new DemoUser("vetting", Role.VETTING_OFFICER, TAJIK_MINISTRY),
          new DemoUser("coordinator", Role.OPERATIONS_COORDINATOR, TAJIK_MINISTRY),
          new DemoUser("reintegration", Role.REINTEGRATION_OFFICER, TAJIK_MINISTRY),
          new DemoUser("registrar-kz", Role.REGISTRAR, KAZAKH_COMMITTEE),
          new DemoUser("partner-kz", Role.PARTNER_AUTHORITY, KAZAKH_COMMITTEE),
          new DemoUser("custodian", Role.CUSTODIAN, null),
          new DemoUser("analyst", Role.ANALYST, OVERSIGHT),
          new DemoUser("auditor", Role.AUDITOR, OVERSIGHT));

  private final Agencies agencies;
  private final UserAccounts accounts;
  private final SecondFactor secondFactor;

  DemoAccounts(Agencies agencies, UserAccounts accounts, SecondFactor secondFactor) {
    this.agencies = agencies;
    this.accounts = accounts;
    this.secondFactor = secondFactor;
  }

  /**
   * Creates what is missing; returns the demo users. In demo mode the administrator, too, signs in
   * without a second factor.
   */
  List<DemoUser> ensure() {
    secondFactor.exempt("admin");
    UUID tajik = agency(TAJIK_MINISTRY, AgencyKind.GOVERNMENT, "TJK");
    UUID kazakh = agency(KAZAKH_COMMITTEE, AgencyKind.GOVERNMENT, "KAZ");
    UUID oversight = agency(OVERSIGHT, AgencyKind.INTERNATIONAL, null);
    UUID custodian =
        agencies.all().stream()
            .filter(a -> a.kind() == AgencyKind.CUSTODIAN)
            .map(Agency::id)
            .findFirst()
            .orElse(null);
    List<DemoUser> users = new ArrayList<>();
    for (DemoUser u : USERS) {
      UUID agency =
          u.agency() == null
              ? custodian
              : u.agency().equals(TAJIK_MINISTRY)
                  ? tajik
                  : u.agency().equals(KAZAKH_COMMITTEE) ? kazakh : oversight;
      if (!accounts.exists(u.username())) {
        accounts.create(u.username(), u.password(), Set.of(u.role()), agency);
        secondFactor.exempt(u.username());
      }
      users.add(u);
    }
    return users;
  }

  private UUID agency(String name, AgencyKind kind, String state) {
    return agencies
        .named(name)
        .map(Agency::id)
        .orElseGet(() -> agencies.register(name, kind.name(), state).id());
  }
}
