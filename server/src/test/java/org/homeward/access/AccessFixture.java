package org.homeward.access;

import static org.homeward.testing.People.person;

import java.util.UUID;
import org.homeward.testing.ApiClient;
import org.homeward.testing.People;
import org.homeward.testing.TestAccounts;
import org.springframework.context.ApplicationContext;

/**
 * Two states' agencies on one deployment, a custodian, and users of several roles, each test run
 * with fresh names so that tests sharing a PostgreSQL database do not see each other's users.
 */
final class AccessFixture {
  final String suffix = UUID.randomUUID().toString().substring(0, 6);
  final TestAccounts accounts;
  final UUID tajikAgency;
  final UUID kazakhAgency;
  final UUID custodianAgency;

  AccessFixture(ApplicationContext context) {
    this.accounts = TestAccounts.of(context);
    this.tajikAgency = accounts.agency("Tajik ministry " + suffix, "GOVERNMENT", "TJK");
    this.kazakhAgency = accounts.agency("Kazakh committee " + suffix, "GOVERNMENT", "KAZ");
    this.custodianAgency = accounts.agency("Camp authority " + suffix, "CUSTODIAN", null);
  }

  ApiClient user(String name, Role role, String state) {
    String agency =
        state == null
            ? "Camp authority " + suffix
            : state.equals("TJK") ? "Tajik ministry " + suffix : "Kazakh committee " + suffix;
    String kind = state == null ? "CUSTODIAN" : "GOVERNMENT";
    return accounts.client(accounts.user(name + "-" + suffix, role, agency, kind, state));
  }

  ApiClient admin() {
    return accounts.admin();
  }

  static String register(ApiClient registrar, People person) {
    ApiClient.Reply reply = registrar.post("/api/v1/persons", person.body());
    if (reply.status() != 201) {
      throw new IllegalStateException("could not register: " + reply.raw().body());
    }
    return reply.text("/id");
  }

  static People national(String name, String... countries) {
    People p = person(name);
    for (String c : countries) {
      p.nationality(c);
    }
    return p;
  }
}
