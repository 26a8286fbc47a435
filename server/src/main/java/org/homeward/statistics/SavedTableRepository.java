package org.homeward.statistics;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class SavedTableRepository {
  private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

  private final JdbcClient jdbc;

  SavedTableRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(SavedTable s) {
    jdbc.sql(
            "INSERT INTO statistics_table (id, title, query_text, query_json, public_table,"
                + " computed_at, data_version, result_json, saved_by, agency_id) VALUES (:id,"
                + " :title, :text, :query, :public, :at, :version, :result, :by, :agency)")
        .param("id", s.id())
        .param("title", s.title())
        .param("text", s.table().query())
        .param("query", JSON.writeValueAsString(s.query()))
        .param("public", s.table().publicRelease())
        .param("at", s.table().computedAt().atOffset(ZoneOffset.UTC))
        .param("version", s.table().dataVersion())
        .param("result", JSON.writeValueAsString(s.table()))
        .param("by", s.savedBy())
        .param("agency", s.agencyId())
        .update();
  }

  Optional<SavedTable> find(UUID id) {
    return jdbc.sql("SELECT * FROM statistics_table WHERE id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new SavedTable(
                    id,
                    rs.getString("title"),
                    rs.getString("saved_by"),
                    rs.getObject("agency_id", UUID.class),
                    JSON.readValue(rs.getString("query_json"), StatisticsQuery.class),
                    JSON.readValue(rs.getString("result_json"), StatisticsTable.class)))
        .optional();
  }

  List<UUID> ids() {
    return jdbc.sql("SELECT id FROM statistics_table ORDER BY computed_at DESC")
        .query(UUID.class)
        .list();
  }
}
