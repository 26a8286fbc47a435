package org.homeward.registry;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RelationshipRepository {
  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  RelationshipRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  void insertAll(List<Relationship> relationships) {
    batch.batchUpdate(
        "INSERT INTO relationship (id, from_person_id, type, to_person_id, evidence, recorded_at,"
            + " recorded_by) VALUES (:id, :from, :type, :to, :evidence, :at, :by)",
        relationships.stream()
            .map(
                r ->
                    (SqlParameterSource)
                        new MapSqlParameterSource()
                            .addValue("id", r.id())
                            .addValue("from", r.fromPersonId())
                            .addValue("type", r.type().name())
                            .addValue("to", r.toPersonId())
                            .addValue("evidence", r.evidence().name())
                            .addValue("at", PersonRepository.timestamp(r.recordedAt()))
                            .addValue("by", r.recordedBy()))
            .toArray(SqlParameterSource[]::new));
  }

  List<Relationship> of(UUID personId) {
    return ofAny(List.of(personId));
  }

  List<Relationship> ofAny(Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM relationship WHERE from_person_id IN (:ids) OR to_person_id IN (:ids)"
                + " ORDER BY recorded_at, id")
        .param("ids", personIds)
        .query(
            (rs, n) ->
                new Relationship(
                    rs.getObject("id", UUID.class),
                    rs.getObject("from_person_id", UUID.class),
                    RelationshipType.valueOf(rs.getString("type")),
                    rs.getObject("to_person_id", UUID.class),
                    Evidence.valueOf(rs.getString("evidence")),
                    PersonRepository.instant(rs, "recorded_at"),
                    rs.getString("recorded_by")))
        .list();
  }
}
