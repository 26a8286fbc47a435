package org.homeward.registry;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CustodyHistoryRepository {
  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  CustodyHistoryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  void appendAll(List<UUID> personIds, List<CustodyEvent> events) {
    SqlParameterSource[] rows = new SqlParameterSource[events.size()];
    for (int i = 0; i < events.size(); i++) {
      CustodyEvent e = events.get(i);
      rows[i] =
          new MapSqlParameterSource()
              .addValue("id", UUID.randomUUID())
              .addValue("person", personIds.get(i))
              .addValue("status", e.status().name())
              .addValue("facility", e.facilityId())
              .addValue("reason", e.reason())
              .addValue("at", PersonRepository.timestamp(e.recordedAt()))
              .addValue("by", e.recordedBy());
    }
    batch.batchUpdate(
        "INSERT INTO custody_event (id, person_id, status, facility_id, reason, recorded_at,"
            + " recorded_by) VALUES (:id, :person, :status, :facility, :reason, :at, :by)",
        rows);
  }

  List<CustodyEvent> of(UUID personId) {
    return jdbc.sql("SELECT * FROM custody_event WHERE person_id = :id ORDER BY recorded_at, id")
        .param("id", personId)
        .query(
            (rs, n) ->
                new CustodyEvent(
                    CustodyStatus.valueOf(rs.getString("status")),
                    rs.getObject("facility_id", UUID.class),
                    rs.getString("reason"),
                    PersonRepository.instant(rs, "recorded_at"),
                    rs.getString("recorded_by")))
        .list();
  }
}
