package org.homeward.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.homeward.access.AccessPolicy;
import org.homeward.access.Capability;
import org.homeward.audit.AuditTrail;
import org.homeward.common.InvalidInputException;
import org.homeward.registry.RegistryService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate figures over the persons the caller may count. Users who may not read persons
 * (analysts) only ever get tables for publication: small cells suppressed.
 */
@Service
public class Statistics {
  private final StatisticsRepository repository;
  private final RegistryService registry;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Clock clock;

  Statistics(
      StatisticsRepository repository,
      RegistryService registry,
      AccessPolicy access,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.registry = registry;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /** Computes a table; refused for users without {@link Capability#STATISTICS_READ}. */
  @Transactional(readOnly = true)
  public StatisticsTable compute(StatisticsQuery asked) {
    access.require(Capability.STATISTICS_READ);
    StatisticsQuery q = access.has(Capability.PERSON_READ) ? asked : forPublication(asked);
    long version = audit.lastSequence();
    MapSqlParameterSource params = new MapSqlParameterSource();
    String scope = registry.statisticsScopeCondition(params);
    Map<List<String>, Long> counts = repository.count(q, scope, params);
    return tableOf(q, counts, version);
  }

  /** Cases not moved for longer than this are overdue. */
  public static final java.time.Duration OVERDUE_AFTER = java.time.Duration.ofDays(90);

  /** Open cases not moved for {@link #OVERDUE_AFTER}, by stage, suppressed for publication. */
  @Transactional(readOnly = true)
  public StatisticsTable overdueCases() {
    access.require(Capability.STATISTICS_READ);
    MapSqlParameterSource params = new MapSqlParameterSource();
    String scope = registry.statisticsScopeCondition(params);
    Map<List<String>, Long> counts =
        repository.overdueCases(clock.instant().minus(OVERDUE_AFTER), scope, params);
    StatisticsQuery q =
        new StatisticsQuery(
            List.of(Dimension.CASE_STAGE),
            true,
            StatisticsQuery.DEFAULT_THRESHOLD,
            1,
            null,
            null,
            today());
    return tableOf(q, counts, audit.lastSequence());
  }

  private StatisticsTable tableOf(StatisticsQuery q, Map<List<String>, Long> counts, long version) {
    AggregateTable table;
    BitSet suppressed;
    try {
      table = AggregateTable.of(q.dimensions(), counts);
      suppressed =
          q.publicRelease() ? DisclosureControl.suppress(table, q.threshold()) : new BitSet();
    } catch (AggregateTable.TooFineException e) {
      throw new InvalidInputException("by", e.getMessage());
    }
    List<StatisticsTable.Cell> cells = new ArrayList<>();
    for (int i = 0; i < table.cellCount(); i++) {
      boolean hidden = suppressed.get(i);
      cells.add(
          new StatisticsTable.Cell(
              table.key(i), hidden ? null : rounded(table.value(i), q.roundTo()), hidden));
    }
    return new StatisticsTable(
        q.text(),
        q.publicRelease(),
        q.threshold(),
        q.roundTo(),
        clock.instant(),
        version,
        q.dimensions().stream().map(Dimension::label).toList(),
        table.categories(),
        cells);
  }

  /** Analysts see what may be published, never smaller counts and never a lower threshold. */
  private static StatisticsQuery forPublication(StatisticsQuery q) {
    return new StatisticsQuery(
        q.dimensions(),
        true,
        Math.max(q.threshold(), StatisticsQuery.DEFAULT_THRESHOLD),
        q.roundTo(),
        q.from(),
        q.to(),
        q.asOf());
  }

  /** Rounded to the nearest multiple of the base, halves up; 0 stays 0. */
  static long rounded(long value, int base) {
    return base <= 1 ? value : Math.round((double) value / base) * base;
  }
}
