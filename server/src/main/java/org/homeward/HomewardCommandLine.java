package org.homeward;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.homeward.demo.DemoCaseloadLoader;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./homeward}: the project's command line; each subcommand is one job. */
@Command(
    name = "homeward",
    mixinStandardHelpOptions = true,
    version = "Homeward 0.1.0",
    description = "Case management for bringing nationals held abroad home.",
    footer = {
      "",
      "Record linkage (the linkage engine's own jar, no server; `<command> --help` for options):",
      "  link             Link two lists: --left A.csv --right B.csv --settings S.json --out links.csv",
      "  dedupe           Cluster one list: --input A.csv --settings S.json --out clusters.csv",
      "  explain          Explain one pair: --left A.csv --right B.csv --settings S.json --pair L,R",
      "  linkage-quality  Precision, recall and F1 on ../shared/data (see BENCHMARKS.md)"
    },
    subcommands = {
      HomewardCommandLine.Serve.class,
      HomewardCommandLine.Demo.class,
      org.homeward.bench.BenchCommand.class,
      org.homeward.bench.StatsBenchCommand.class,
      org.homeward.audit.AuditCommand.class,
      org.homeward.statistics.StatsCommand.class,
      CommandLine.HelpCommand.class
    })
public class HomewardCommandLine implements Runnable {

  public static void main(String[] args) {
    System.exit(new CommandLine(new HomewardCommandLine()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Where the embedded database lives; ignored when HOMEWARD_DB_URL names another database. */
  public static class DatabaseOptions {
    @Option(
        names = "--data",
        paramLabel = "DIR",
        description = "Directory of the embedded H2 database (default: ./data).")
    Path dataDir = Path.of("data");

    public List<String> properties() {
      List<String> props = new ArrayList<>();
      // H2 needs an absolute path or one starting with ./ ; an absolute one is never ambiguous
      props.add("--homeward.data-dir=" + dataDir.toAbsolutePath().normalize());
      return props;
    }
  }

  @Command(name = "serve", description = "Start the web application and API.")
  static class Serve implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 8080).")
    int port = 8080;

    @Option(
        names = "--demo",
        description = "Load the synthetic demo caseload on first start and create demo accounts.")
    boolean demo;

    @Option(
        names = "--demo-persons",
        paramLabel = "N",
        description = "Size of the demo caseload (default: 41000).")
    int demoPersons = 41_000;

    @Override
    public Integer call() {
      List<String> props = database.properties();
      props.add("--server.port=" + port);
      props.add("--homeward.demo.enabled=" + demo);
      props.add("--homeward.demo.persons=" + demoPersons);
      long started = System.nanoTime();
      ConfigurableApplicationContext context =
          HomewardApplication.start(true, props.toArray(String[]::new));
      long millis = (System.nanoTime() - started) / 1_000_000;
      int actualPort =
          context.getEnvironment().getProperty("local.server.port", Integer.class, port);
      System.out.printf(
          "%nHomeward is ready at http://localhost:%d/ (started in %.1f s)%n"
              + "Sign in as 'admin' with the password shown when the account was created,"
              + " or with HOMEWARD_ADMIN_PASSWORD.%n",
          actualPort, millis / 1000.0);
      return waitForShutdown(context);
    }

    private static Integer waitForShutdown(ConfigurableApplicationContext context) {
      // The web server's threads keep the JVM alive; returning would reach System.exit.
      while (context.isActive()) {
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return 0;
    }
  }

  @Command(
      name = "demo",
      description = "Generate a synthetic caseload (deterministic per seed) into the database.")
  static class Demo implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Option(
        names = "--persons",
        paramLabel = "N",
        description = "Number of persons (default: 41000).")
    int persons = 41_000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 2023).")
    long seed = 2023;

    @Override
    public Integer call() {
      if (persons < 1 || persons > 2_000_000) {
        System.err.println("--persons: expected a number from 1 to 2000000");
        return 2;
      }
      try (ConfigurableApplicationContext context =
          HomewardApplication.start(false, database.properties().toArray(String[]::new))) {
        DemoCaseloadLoader.Result result =
            context.getBean(DemoCaseloadLoader.class).load(persons, seed);
        System.out.printf(
            "Loaded %d persons, %d family links, %d facilities (seed %d) in %.1f s.%n",
            result.persons(), result.relationships(), result.facilities(), seed, result.seconds());
      }
      return 0;
    }
  }
}
