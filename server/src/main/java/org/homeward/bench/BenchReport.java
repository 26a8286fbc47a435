package org.homeward.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's figures: printed as a table and written as JSON. */
final class BenchReport {
  static final double SEARCH_TARGET_MS = 50;
  static final double LIST_TARGET_MS = 50;
  static final double STARTUP_TARGET_S = 15;

  final Map<String, Object> settings = new LinkedHashMap<>();
  Double loadSeconds;
  long persons;
  double startupSeconds;
  double jvmUptimeAtReadySeconds;
  boolean startupAfterLoadInSameJvm;
  double loadAverageBefore;
  double loadAverageAfter;
  BenchRun.SearchFigures search;
  Map<String, LatencySummary> lists;
  LatencySummary personById;
  LatencySummary authenticatedBaseline;
  LatencySummary serviceSearch;
  Map<String, LatencySummary> serviceList;
  LatencySummary servicePersonById;

  Map<String, Object> machine() {
    Runtime rt = Runtime.getRuntime();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", rt.availableProcessors());
    m.put("maxHeapMiB", rt.maxMemory() / (1024 * 1024));
    if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
      m.put("physicalMemoryMiB", os.getTotalMemorySize() / (1024 * 1024));
    }
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    m.put("loadAverageBefore", round(loadAverageBefore));
    m.put("loadAverageAfter", round(loadAverageAfter));
    return m;
  }

  Map<String, Object> toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("date", Instant.now().toString());
    root.put("machine", machine());
    root.put("settings", settings);
    root.put("persons", persons);
    root.put("caseloadLoadSeconds", loadSeconds == null ? null : round(loadSeconds));
    Map<String, Object> startup = new LinkedHashMap<>();
    startup.put("contextToReadySeconds", round(startupSeconds));
    startup.put("jvmUptimeAtReadySeconds", round(jvmUptimeAtReadySeconds));
    startup.put("afterLoadInSameJvm", startupAfterLoadInSameJvm);
    startup.put("targetSeconds", STARTUP_TARGET_S);
    root.put("startup", startup);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("latencyMs", search.latency());
    s.put("quality", search.quality());
    s.put("qualityByKind", search.byKind());
    s.put("targetP95Ms", SEARCH_TARGET_MS);
    root.put("crossScriptSearch", s);
    Map<String, Object> l = new LinkedHashMap<>(lists);
    l.put("targetP95Ms", LIST_TARGET_MS);
    root.put("filteredListFirstPageMs", l);
    root.put("personByIdMs", personById);
    root.put("authenticatedBaselineMs_GET_api_v1_facilities", authenticatedBaseline);
    Map<String, Object> service = new LinkedHashMap<>();
    service.put("searchMs", serviceSearch);
    service.put("listFirstPageMs", serviceList);
    service.put("personByIdMs", servicePersonById);
    root.put("inProcessRegistryServiceMs", service);
    return root;
  }

  void writeJson(Path file) {
    JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build()
        .writeValue(file.toFile(), toJson());
  }

  void print(PrintStream out) {
    Map<String, Object> m = machine();
    out.printf(
        "%nHomeward benchmark: %d persons, %s timed queries per workload (%s warm-up), seed %s%n",
        persons, settings.get("queries"), settings.get("warmup"), settings.get("seed"));
    out.printf(
        "machine: %s cores, max heap %s MiB, %s, %s; load average %.2f before, %.2f after%n",
        m.get("cores"),
        m.get("maxHeapMiB"),
        m.get("java"),
        m.get("os"),
        loadAverageBefore,
        loadAverageAfter);
    out.println(
        loadSeconds == null
            ? "caseload: already in the database, not loaded"
            : "caseload: loaded %d persons in %.1f s".formatted(persons, loadSeconds));
    out.printf(
        "start-up to ready: %.1f s (Spring context; JVM uptime at ready %.1f s%s)  target < %.0f s"
            + "  %s%n",
        startupSeconds,
        jvmUptimeAtReadySeconds,
        startupAfterLoadInSameJvm ? ", JVM already warm from loading" : "",
        STARTUP_TARGET_S,
        verdict(startupSeconds < STARTUP_TARGET_S));
    out.printf(
        "%n%-32s %6s %8s %8s %8s %8s   %s%n",
        "latency (ms)", "n", "p50", "p95", "p99", "max", "target");
    row(out, "cross-script search", search.latency(), SEARCH_TARGET_MS);
    row(out, "filtered list, first page", lists.get("all"), LIST_TARGET_MS);
    lists.forEach(
        (kind, summary) -> {
          if (!kind.equals("all")) {
            row(out, "  " + kind, summary, -1);
          }
        });
    row(out, "person by id", personById, -1);
    row(out, "GET /api/v1/facilities (floor)", authenticatedBaseline, -1);
    out.println("in process (RegistryService, no HTTP or sign-in check):");
    row(out, "  search", serviceSearch, -1);
    serviceList.forEach((kind, summary) -> row(out, "  list " + kind, summary, -1));
    row(out, "  person by id", servicePersonById, -1);
    SearchQuality q = search.quality();
    out.printf(
        "%nsearch quality (%d queries): recall@1 %.3f, recall@20 %.3f, MRR %.3f%n",
        q.queries(), q.recallAt1(), q.recallAt20(), q.meanReciprocalRank());
    search
        .byKind()
        .forEach(
            (kind, k) ->
                out.printf(
                    "  %-26s n=%-4d recall@1 %.3f, recall@20 %.3f, MRR %.3f%n",
                    kind, k.queries(), k.recallAt1(), k.recallAt20(), k.meanReciprocalRank()));
  }

  private static void row(PrintStream out, String label, LatencySummary s, double targetMs) {
    String target =
        targetMs < 0 ? "" : "p95 < %.0f  %s".formatted(targetMs, verdict(s.p95Ms() < targetMs));
    out.printf(
        "%-32s %6d %8.1f %8.1f %8.1f %8.1f   %s%n",
        label, s.count(), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs(), target);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
