package org.homeward.demo;

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

  private final RegistryService registry;
  private final DemoCaseloadLoader loader;
  private final DemoAccounts demoAccounts;
  private final int persons;
  private final long seed;

  DemoStartup(
      RegistryService registry,
      DemoCaseloadLoader loader,
      DemoAccounts demoAccounts,
      @Value("${homeward.demo.persons}") int persons,
      @Value("${homeward.demo.seed}") long seed) {
    this.registry = registry;
    this.loader = loader;
    this.demoAccounts = demoAccounts;
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
    System.out.println(
        "DEMO MODE (synthetic data only). Demo accounts and 'admin' sign in WITHOUT a second"
            + " factor; demo passwords are the user name + '-demo':");
    for (DemoAccounts.DemoUser u : demoAccounts.ensure()) {
      System.out.printf(
          "  %-14s %-24s %s%n",
          u.username(), u.role(), u.agency() == null ? "(custodian)" : u.agency());
    }
  }
}
