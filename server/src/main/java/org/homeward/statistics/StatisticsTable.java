package org.homeward.statistics;

import java.time.Instant;
import java.util.List;

/**
 * A computed table as it is returned, exported and saved: the query that made it, when and on which
 * state of the data it was computed, and its cells with their margins.
 *
 * @param dataVersion the audit trail's last sequence number when computed: every change to the data
 *     is audited, so the same version means the same data
 * @param cells every combination of categories and margins ("Total"), suppressed ones without a
 *     count
 */
public record StatisticsTable(
    String query,
    boolean publicRelease,
    int threshold,
    int roundTo,
    Instant computedAt,
    long dataVersion,
    List<String> dimensions,
    List<List<String>> categories,
    List<Cell> cells) {

  /** One cell: its category per dimension, and its count unless suppressed. */
  public record Cell(List<String> key, Long count, boolean suppressed) {}

  public StatisticsTable {
    dimensions = List.copyOf(dimensions);
    categories = List.copyOf(categories);
    cells = List.copyOf(cells);
  }

  /** The grand total as published (null when suppressed). */
  public Long total() {
    return cells.stream()
        .filter(c -> c.key().stream().allMatch(AggregateTable.TOTAL::equals))
        .findFirst()
        .map(Cell::count)
        .orElse(0L);
  }
}
