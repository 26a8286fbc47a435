package org.homeward.demo;

import java.util.Set;
import org.homeward.access.UserAccounts;
import org.homeward.registry.RegistryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code serve --demo}: on the first start, loads the demo caseload and creates a demo registrar
 * account whose password is printed at every start. Demo only: a real deployment never runs this.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "homeward.demo.enabled", havingValue = "true")
class DemoStartup implements ApplicationRunner {
  static final String DEMO_USER = "registrar";
  static final String DEMO_PASSWORD = "registrar-demo";

  private final RegistryService registry;
  private final DemoCaseloadLoader loader;
  private final UserAccounts accounts;
  private final int persons;
  private final long seed;

  DemoStartup(
      RegistryService registry,
      DemoCaseloadLoader loader,
      UserAccounts accounts,
      @Value("${homeward.demo.persons}") int persons,
      @Value("${homeward.demo.seed}") long seed) {
    this.registry = registry;
    this.loader = loader;
    this.accounts = accounts;
    this.persons = persons;
    this.seed = seed;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (registry.countPersons() == 0) {
      System.out.printf(
          "Loading the demo caseload: %d synthetic persons (seed %d)...%n", persons, seed);
      DemoCaseloadLoader.Result result = loader.load(persons, seed);
      System.out.printf("Demo caseload loaded in %.1f s.%n", result.seconds());
    }
    if (!accounts.exists(DEMO_USER)) {
      accounts.create(DEMO_USER, DEMO_PASSWORD, Set.of("REGISTRAR"));
    }
    System.out.printf(
        "DEMO MODE: sign in as '%s' with password '%s' (synthetic data only).%n",
        DEMO_USER, DEMO_PASSWORD);
  }
}
