package org.homeward.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.homeward.HomewardApplication;
import org.homeward.demo.DemoCaseloadLoader;
import org.homeward.registry.Facility;
import org.homeward.registry.Page;
import org.homeward.registry.PersonFilter;
import org.homeward.registry.PersonSummary;
import org.homeward.registry.RegistryService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./homeward bench}: measures the registry on the demo caseload in a database of its own:
 * the caseload's load time, start-up to ready, cross-script search (latency and recall), first
 * pages of filtered lists and reading a person, all over real HTTP on loopback.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure start-up, search and list latency on the demo caseload (own database,"
            + " default ./data-bench).")
public class BenchCommand implements Callable<Integer> {
  /** The demo registrar of the Tajik ministry: sees Tajik nationals. */
  static final String DEMO_USER = "registrar";

  static final String DEMO_PASSWORD = "registrar-demo";
  static final String DEMO_STATE = "TJK";

  @Option(names = "--data", paramLabel = "DIR", description = "Benchmark database directory.")
  Path dataDir = Path.of("data-bench");

  @Option(names = "--persons", paramLabel = "N", description = "Caseload size (default 41000).")
  int persons = 41_000;

  @Option(names = "--queries", paramLabel = "N", description = "Timed requests per workload.")
  int queries = 500;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of caseload and queries.")
  long seed = 2023;

  @Option(names = "--warmup", paramLabel = "N", description = "Warm-up requests per workload.")
  int warmup = 100;

  @Option(names = "--out", paramLabel = "FILE", description = "JSON result (DIR/bench-result.json)")
  Path out;

  private final PrintStream console = System.out;

  @Override
  public Integer call() throws Exception {
    if (persons < 1 || queries < 1 || warmup < 0) {
      System.err.println("--persons and --queries must be at least 1, --warmup at least 0");
      return 2;
    }
    Path dir = dataDir.toAbsolutePath().normalize();
    Files.createDirectories(dir);
    BenchReport report = new BenchReport();
    report.settings.put("dataDir", dir.toString());
    report.settings.put("persons", persons);
    report.settings.put("queries", queries);
    report.settings.put("warmup", warmup);
    report.settings.put("seed", seed);
    report.loadAverageBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    List<String> base = new ArrayList<>();
    base.add("--homeward.data-dir=" + dir);
    base.add("--homeward.demo.persons=" + persons);
    base.add("--homeward.demo.seed=" + seed);

    OptionalLong counted = CaseloadCount.embedded(dir);
    if (counted.isEmpty() || counted.getAsLong() < persons) {
      Integer failed = load(base, report);
      if (failed != null) {
        return failed;
      }
    }
    List<String> web = new ArrayList<>(base);
    web.add("--server.port=0");
    web.add("--homeward.demo.enabled=true");
    long started = System.nanoTime();
    try (ConfigurableApplicationContext context =
        HomewardApplication.start(true, web.toArray(String[]::new))) {
      report.startupSeconds = (System.nanoTime() - started) / 1e9;
      report.jvmUptimeAtReadySeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
      int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
      RegistryService registry = context.getBean(RegistryService.class);
      report.persons = registry.countPersons();
      measure(registry, BenchClient.withApiToken(port, DEMO_USER, DEMO_PASSWORD), report);
    }
    report.loadAverageAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    report.print(console);
    Path file = out != null ? out : dir.resolve("bench-result.json");
    report.writeJson(file);
    console.printf("%nResult written to %s%n", file);
    return 0;
  }

  private Integer load(List<String> base, BenchReport report) {
    report.startupAfterLoadInSameJvm = true;
    List<String> props = new ArrayList<>(base);
    // A web context on a free port: the non-web one does not start (see BENCHMARKS.md).
    props.add("--server.port=0");
    try (ConfigurableApplicationContext context =
        HomewardApplication.start(true, props.toArray(String[]::new))) {
      long existing = context.getBean(RegistryService.class).countPersons();
      if (existing >= persons) {
        return null;
      }
      if (existing > 0) {
        System.err.printf(
            "%s holds %d persons, fewer than %d: use a fresh --data directory.%n",
            dataDir, existing, persons);
        return 2;
      }
      console.printf("Loading the demo caseload: %d persons (seed %d)...%n", persons, seed);
      DemoCaseloadLoader.Result result =
          context.getBean(DemoCaseloadLoader.class).load(persons, seed);
      report.loadSeconds = result.seconds();
      console.printf("Loaded %d persons in %.1f s.%n", result.persons(), result.seconds());
    }
    return null;
  }

  private void measure(RegistryService registry, BenchClient client, BenchReport report) {
    List<UUID> ids = idsInOrder(registry);
    console.printf("Building %d searches from %d persons...%n", warmup + queries, ids.size());
    List<SearchQuery> searches =
        new QuerySetBuilder(seed)
            .build(ids, id -> registry.get(id).details().names(), warmup + queries);
    int split = Math.min(warmup, searches.size() / 2);
    List<UUID> facilities =
        registry.facilities().stream()
            .sorted(Comparator.comparing(Facility::name))
            .map(Facility::id)
            .toList();
    List<ListQueries.ListQuery> lists =
        ListQueries.build(
            List.copyOf(registry.nationalitiesInUse()),
            facilities,
            seed,
            warmup + queries,
            BenchRun.PAGE_SIZE);
    BenchRun run = new BenchRun(client);
    console.println("Searching...");
    report.search =
        run.searches(searches.subList(0, split), searches.subList(split, searches.size()));
    console.println("Listing...");
    report.lists = run.lists(lists.subList(0, warmup), lists.subList(warmup, lists.size()));
    console.println("Reading persons...");
    List<UUID> personIds = searches.stream().map(SearchQuery::expected).toList();
    List<UUID> warmIds = personIds.subList(0, split);
    List<UUID> timedIds = personIds.subList(split, personIds.size());
    report.personById = run.persons(warmIds, timedIds);
    report.authenticatedBaseline = run.repeat("/api/v1/facilities", warmup, queries);
    console.println("Calling the registry service in process...");
    ServiceRun service = new ServiceRun(registry);
    List<SearchQuery> warmSearches = searches.subList(0, split);
    List<SearchQuery> timedSearches = searches.subList(split, searches.size());
    report.serviceSearch = service.searches(warmSearches, timedSearches);
    report.serviceList =
        service.lists(lists.subList(0, warmup), lists.subList(warmup, lists.size()));
    report.servicePersonById = service.persons(warmIds, timedIds);
  }

  /**
   * The ids of the persons the benchmark's user may see (nationals of its state), in registration
   * order, which is the same for the same seed.
   */
  static List<UUID> idsInOrder(RegistryService registry) {
    List<UUID> ids = new ArrayList<>();
    String cursor = null;
    PersonFilter nationals = new PersonFilter(DEMO_STATE, null, null, null, null);
    do {
      Page<PersonSummary> page = registry.list(nationals, cursor, RegistryService.MAX_PAGE_SIZE);
      page.items().forEach(s -> ids.add(s.id()));
      cursor = page.nextCursor();
    } while (cursor != null);
    return ids;
  }
}
