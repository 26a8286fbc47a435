package org.homeward.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.homeward.bench.ListQueries.ListQuery;
import org.homeward.registry.RegistryService;

/**
 * The same workloads called on the registry service inside the process: the server's own work,
 * without HTTP, JSON and the authentication of each request.
 */
final class ServiceRun {
  private final RegistryService registry;

  ServiceRun(RegistryService registry) {
    this.registry = registry;
  }

  LatencySummary searches(List<SearchQuery> warmup, List<SearchQuery> timed) {
    return time(warmup, timed, q -> registry.search(q.text(), BenchRun.SEARCH_LIMIT));
  }

  /** Under "all" and by kind of filter. */
  Map<String, LatencySummary> lists(List<ListQuery> warmup, List<ListQuery> timed) {
    Consumer<ListQuery> call = q -> registry.list(q.filter(), null, BenchRun.PAGE_SIZE);
    Map<String, LatencySummary> result = new LinkedHashMap<>();
    result.put("all", time(warmup, timed, call));
    for (String kind : ListQueries.KINDS) {
      result.put(
          kind, time(List.of(), timed.stream().filter(q -> q.kind().equals(kind)).toList(), call));
    }
    return result;
  }

  LatencySummary persons(List<UUID> warmup, List<UUID> timed) {
    return time(warmup, timed, registry::get);
  }

  private static <T> LatencySummary time(List<T> warmup, List<T> timed, Consumer<T> call) {
    warmup.forEach(call);
    long[] nanos = new long[timed.size()];
    for (int i = 0; i < timed.size(); i++) {
      long started = System.nanoTime();
      call.accept(timed.get(i));
      nanos[i] = System.nanoTime() - started;
    }
    return LatencySummary.ofNanos(nanos);
  }
}
