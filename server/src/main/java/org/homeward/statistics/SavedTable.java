package org.homeward.statistics;

import java.util.UUID;

/** A table kept as it was handed out, with the query that recomputes it. */
public record SavedTable(
    UUID id,
    String title,
    String savedBy,
    UUID agencyId,
    StatisticsQuery query,
    StatisticsTable table) {}
