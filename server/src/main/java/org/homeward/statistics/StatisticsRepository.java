package org.homeward.statistics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts persons grouped by the requested dimensions, in one SQL statement. It reads the person,
 * facility, case and handover tables as a reporting read model: the figures must be computed where
 * the rows are, not by loading every person into the application.
 */
@Repository
class StatisticsRepository {
  private final NamedParameterJdbcTemplate jdbc;

  StatisticsRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param scopeCondition the caller's scope on the person aliased {@code p}; its parameters are in
   *     {@code params}
   * @return raw category values per dimension (in query order) to the number of persons
   */
  Map<List<String>, Long> count(
      StatisticsQuery q, String scopeCondition, MapSqlParameterSource params) {
    List<String> columns = new ArrayList<>();
    for (Dimension d : q.dimensions()) {
      columns.add(column(d, q.asOf(), params));
    }
    boolean handovers =
        q.from() != null
            || q.to() != null
            || q.dimensions().stream().anyMatch(Dimension::needsHandover);
    // The categories are computed in an inner query and grouped outside it: a parameterised
    // expression (the age bands) cannot be repeated in GROUP BY and still be recognised as equal.
    StringBuilder inner = new StringBuilder("SELECT ");
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      inner.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" AS d").append(i);
      names.append(i == 0 ? "" : ", ").append("d").append(i);
    }
    inner
        .append(" FROM person p")
        .append(" LEFT JOIN facility f ON f.id = p.facility_id")
        .append(" LEFT JOIN repatriation_case rc ON rc.person_id = p.id");
    if (handovers) {
      inner
          .append(" JOIN handover_person hp ON hp.person_id = p.id")
          .append(" JOIN handover h ON h.id = hp.handover_id");
    }
    inner.append(" WHERE ").append(scopeCondition);
    if (q.from() != null) {
      params.addValue("fromTs", q.from().atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
      inner.append(" AND h.handed_over_at >= :fromTs");
    }
    if (q.to() != null) {
      params.addValue(
          "toTs", q.to().plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
      inner.append(" AND h.handed_over_at < :toTs");
    }
    String sql = "SELECT " + names + ", COUNT(*) AS n FROM (" + inner + ") x GROUP BY " + names;
    Map<List<String>, Long> counts = new LinkedHashMap<>();
    jdbc.query(
        sql,
        params,
        rs -> {
          List<String> key = new ArrayList<>();
          for (int i = 0; i < columns.size(); i++) {
            key.add(label(q.dimensions().get(i), rs.getString("d" + i)));
          }
          counts.merge(key, rs.getLong("n"), Long::sum);
        });
    return counts;
  }

  /**
   * Open cases (and cases on hold) whose last step is older than {@code cutoff}, by stage: the
   * dashboard's overdue items.
   */
  Map<List<String>, Long> overdueCases(
      java.time.Instant cutoff, String scopeCondition, MapSqlParameterSource params) {
    params.addValue("cutoff", cutoff.atOffset(ZoneOffset.UTC));
    String sql =
        "SELECT rc.stage AS stage, COUNT(*) AS n FROM repatriation_case rc JOIN person p ON p.id ="
            + " rc.person_id WHERE "
            + scopeCondition
            + " AND rc.stage IN ('IDENTIFIED', 'NATIONALITY_VERIFIED', 'VETTED', 'APPROVED',"
            + " 'SCHEDULED', 'ON_HOLD') AND (SELECT MAX(t.occurred_at) FROM case_transition t"
            + " WHERE t.case_id = rc.id) < :cutoff GROUP BY rc.stage";
    Map<List<String>, Long> counts = new LinkedHashMap<>();
    jdbc.query(
        sql,
        params,
        rs -> {
          counts.put(List.of(rs.getString("stage")), rs.getLong("n"));
        });
    return counts;
  }

  private static String column(Dimension d, LocalDate asOf, MapSqlParameterSource params) {
    return switch (d) {
      case NATIONALITY -> "p.nationality_codes";
      case SEX -> "p.sex";
      case AGE_BAND -> {
        // age is counted from the latest possible birth date, as everywhere in the registry
        params.addValue("age5", asOf.minusYears(5));
        params.addValue("age12", asOf.minusYears(12));
        params.addValue("age18", asOf.minusYears(18));
        params.addValue("age60", asOf.minusYears(60));
        yield "CASE WHEN p.birth_latest IS NULL THEN 'unknown'"
            + " WHEN p.birth_latest > :age5 THEN '0-4'"
            + " WHEN p.birth_latest > :age12 THEN '5-11'"
            + " WHEN p.birth_latest > :age18 THEN '12-17'"
            + " WHEN p.birth_latest > :age60 THEN '18-59' ELSE '60+' END";
      }
      case FACILITY -> "f.name";
      case FACILITY_TYPE -> "f.kind";
      case CUSTODY_STATUS -> "p.custody_status";
      case CASE_STAGE -> "rc.stage";
      case REPATRIATION_MONTH ->
          "CAST(EXTRACT(YEAR FROM h.handed_over_at AT TIME ZONE 'UTC') * 100"
              + " + EXTRACT(MONTH FROM h.handed_over_at AT TIME ZONE 'UTC') AS INTEGER)";
      case RECEIVING_STATE -> "h.receiving_state";
    };
  }

  /** The category as published: never null, countries joined, months as yyyy-MM. */
  private static String label(Dimension d, String raw) {
    if (raw == null || raw.isBlank()) {
      return switch (d) {
        case CASE_STAGE -> "NO_CASE";
        case FACILITY, FACILITY_TYPE -> "none";
        default -> "unknown";
      };
    }
    return switch (d) {
      case NATIONALITY -> {
        String codes = raw.replaceAll("^,|,$", "").replace(',', '/');
        yield codes.isEmpty() ? "unknown" : codes;
      }
      case REPATRIATION_MONTH -> {
        int yyyymm = Integer.parseInt(raw.strip());
        yield String.format("%04d-%02d", yyyymm / 100, yyyymm % 100);
      }
      default -> raw.strip();
    };
  }
}
