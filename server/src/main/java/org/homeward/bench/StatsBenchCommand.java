package org.homeward.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.homeward.HomewardApplication;
import org.homeward.common.InvalidInputException;
import org.homeward.demo.DemoCaseloadLoader;
import org.homeward.registry.RegistryService;
import org.homeward.statistics.Dimension;
import org.homeward.statistics.Statistics;
import org.homeward.statistics.StatisticsQuery;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./homeward bench-stats}: times every aggregate over one, two and three dimensions (129
 * tables), exact and for publication (with disclosure control), in process, on the demo caseload in
 * the embedded database or on the database HOMEWARD_DB_URL names. {@code --synthesize N} first adds
 * synthetic person rows by SQL (PostgreSQL only) until the database holds N persons.
 */
@Command(
    name = "bench-stats",
    mixinStandardHelpOptions = true,
    description = "Time every aggregate over up to three dimensions (own database by default).")
public class StatsBenchCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "Benchmark database directory.")
  Path dataDir = Path.of("data-bench");

  @Option(names = "--persons", paramLabel = "N", description = "Demo caseload size (41000).")
  int persons = 41_000;

  @Option(
      names = "--synthesize",
      paramLabel = "N",
      description = "PostgreSQL only: add synthetic persons by SQL until there are N.")
  long synthesize;

  @Option(names = "--repeat", paramLabel = "N", description = "Timed runs per table (3).")
  int repeat = 3;

  @Override
  public Integer call() {
    List<String> props = new ArrayList<>();
    props.add("--homeward.data-dir=" + dataDir.toAbsolutePath().normalize());
    props.add("--server.port=0");
    try (ConfigurableApplicationContext context =
        HomewardApplication.start(true, props.toArray(String[]::new))) {
      RegistryService registry = context.getBean(RegistryService.class);
      if (registry.countPersons() == 0) {
        System.out.printf("Loading the demo caseload: %d persons...%n", persons);
        context.getBean(DemoCaseloadLoader.class).load(persons, 2023);
      }
      if (synthesize > 0) {
        SyntheticRows.fill(context.getBean(JdbcClient.class), synthesize);
      }
      System.out.printf(
          "%d persons; load average %.2f; %d cores%n",
          registry.countPersons(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      measure(context.getBean(Statistics.class), context.getBean(JdbcClient.class));
    }
    return 0;
  }

  private void measure(Statistics statistics, JdbcClient jdbc) {
    List<String> names = Arrays.stream(Dimension.values()).map(Dimension::label).toList();
    List<String> combinations = new ArrayList<>();
    for (int a = 0; a < names.size(); a++) {
      combinations.add(names.get(a));
      for (int b = a + 1; b < names.size(); b++) {
        combinations.add(names.get(a) + "," + names.get(b));
        for (int c = b + 1; c < names.size(); c++) {
          combinations.add(names.get(a) + "," + names.get(b) + "," + names.get(c));
        }
      }
    }
    for (boolean publicRelease : new boolean[] {false, true}) {
      List<Double> millis = new ArrayList<>();
      String slowest = "";
      double slowestMillis = 0;
      int refused = 0;
      for (String by : combinations) {
        StatisticsQuery q =
            StatisticsQuery.parse(
                by, publicRelease, null, null, null, null, null, statistics.today());
        run(statistics, q); // warm-up
        double best = Double.MAX_VALUE;
        for (int i = 0; i < repeat; i++) {
          invalidateResultCache(jdbc);
          long started = System.nanoTime();
          if (!run(statistics, q)) {
            refused += i == 0 ? 1 : 0;
          }
          best = Math.min(best, (System.nanoTime() - started) / 1e6);
        }
        millis.add(best);
        if (best > slowestMillis) {
          slowestMillis = best;
          slowest = by;
        }
      }
      millis.sort(Double::compare);
      System.out.printf(
          "%s: %d tables; median %.1f ms, p95 %.1f ms, max %.1f ms (%s); %d refused as too"
              + " fine to publish%n",
          publicRelease ? "public (with disclosure control)" : "exact",
          millis.size(),
          millis.get(millis.size() / 2),
          millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
          slowestMillis,
          slowest,
          refused);
    }
  }

  /**
   * H2 answers a repeated query from its result cache while no table it reads has changed
   * (OPTIMIZE_REUSE_RESULTS): a no-op update before each timed run makes every run compute afresh,
   * as after any real change. PostgreSQL has no such cache; the update costs it nothing measured.
   */
  private static void invalidateResultCache(JdbcClient jdbc) {
    jdbc.sql("UPDATE person SET version = version WHERE seq = (SELECT MIN(seq) FROM person)")
        .update();
  }

  /** False when the table was refused as too fine to publish safely (still timed). */
  private static boolean run(Statistics statistics, StatisticsQuery q) {
    try {
      statistics.compute(q);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }
}
