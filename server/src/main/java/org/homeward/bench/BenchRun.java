package org.homeward.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.bench.ListQueries.ListQuery;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends each workload to the server, warm-up first, and measures the timed part. */
final class BenchRun {
  static final int SEARCH_LIMIT = 20;
  static final int PAGE_SIZE = 50;

  private final BenchClient client;
  private final JsonMapper json = JsonMapper.builder().build();

  /** Latency of the timed searches, their quality overall and by kind of spelling. */
  record SearchFigures(
      LatencySummary latency, SearchQuality quality, Map<String, SearchQuality> byKind) {}

  BenchRun(BenchClient client) {
    this.client = client;
  }

  SearchFigures searches(List<SearchQuery> warmup, List<SearchQuery> timed) {
    warmup.forEach(q -> client.get(searchPath(q)));
    long[] nanos = new long[timed.size()];
    List<Integer> ranks = new ArrayList<>();
    Map<String, List<Integer>> ranksByKind = new LinkedHashMap<>();
    for (int i = 0; i < timed.size(); i++) {
      SearchQuery q = timed.get(i);
      BenchClient.Timed answer = client.get(searchPath(q));
      nanos[i] = answer.nanos();
      int rank = rank(answer.body(), q.expected());
      ranks.add(rank);
      ranksByKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(rank);
    }
    Map<String, SearchQuality> byKind = new LinkedHashMap<>();
    ranksByKind.forEach((kind, r) -> byKind.put(kind, SearchQuality.ofRanks(r)));
    return new SearchFigures(LatencySummary.ofNanos(nanos), SearchQuality.ofRanks(ranks), byKind);
  }

  /** Latency of first pages, under "all" and by kind of filter. */
  Map<String, LatencySummary> lists(List<ListQuery> warmup, List<ListQuery> timed) {
    warmup.forEach(q -> client.get(listPath(q)));
    long[] all = new long[timed.size()];
    Map<String, List<Long>> byKind = new LinkedHashMap<>();
    for (int i = 0; i < timed.size(); i++) {
      ListQuery q = timed.get(i);
      all[i] = client.get(listPath(q)).nanos();
      byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(all[i]);
    }
    Map<String, LatencySummary> result = new LinkedHashMap<>();
    result.put("all", LatencySummary.ofNanos(all));
    byKind.forEach(
        (kind, n) ->
            result.put(
                kind, LatencySummary.ofNanos(n.stream().mapToLong(Long::longValue).toArray())));
    return result;
  }

  LatencySummary persons(List<UUID> warmup, List<UUID> timed) {
    warmup.forEach(id -> client.get("/api/v1/persons/" + id));
    long[] nanos = new long[timed.size()];
    for (int i = 0; i < timed.size(); i++) {
      nanos[i] = client.get("/api/v1/persons/" + timed.get(i)).nanos();
    }
    return LatencySummary.ofNanos(nanos);
  }

  /** The same request again and again: the floor every request pays (sign-in check, HTTP). */
  LatencySummary repeat(String path, int warmup, int timed) {
    for (int i = 0; i < warmup; i++) {
      client.get(path);
    }
    long[] nanos = new long[timed];
    for (int i = 0; i < timed; i++) {
      nanos[i] = client.get(path).nanos();
    }
    return LatencySummary.ofNanos(nanos);
  }

  /** 1-based position of the expected person in a search answer, 0 when absent. */
  int rank(String body, UUID expected) {
    int position = 0;
    for (JsonNode item : json.readTree(body).path("items")) {
      position++;
      if (expected.toString().equals(item.path("id").asString())) {
        return position;
      }
    }
    return 0;
  }

  private static String searchPath(SearchQuery q) {
    return "/api/v1/persons/search?q="
        + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)
        + "&limit="
        + SEARCH_LIMIT;
  }

  private static String listPath(ListQuery q) {
    return "/api/v1/persons?" + q.query();
  }
}
