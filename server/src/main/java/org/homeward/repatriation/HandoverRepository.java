package org.homeward.repatriation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HandoverRepository {
  private final JdbcClient jdbc;

  HandoverRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Handover h, String by, Instant at) {
    jdbc.sql(
            "INSERT INTO handover (id, operation_id, receiving_state, third_state,"
                + " from_authority, to_authority, place, handed_over_at, recorded_by, recorded_at)"
                + " VALUES (:id, :op, :state, :third, :from, :to, :place, :when, :by, :at)")
        .param("id", h.id())
        .param("op", h.operationId())
        .param("state", h.receivingState())
        .param("third", h.thirdState())
        .param("from", h.fromAuthority())
        .param("to", h.toAuthority())
        .param("place", h.place())
        .param("when", h.handedOverAt().atOffset(ZoneOffset.UTC))
        .param("by", by)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
    insertOfficials(h.id(), "FROM", h.fromOfficials());
    insertOfficials(h.id(), "TO", h.toOfficials());
    for (UUID person : h.personIds()) {
      jdbc.sql("INSERT INTO handover_person (handover_id, person_id) VALUES (:h, :p)")
          .param("h", h.id())
          .param("p", person)
          .update();
    }
  }

  private void insertOfficials(UUID handover, String side, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      jdbc.sql(
              "INSERT INTO handover_official (handover_id, side, position, name) VALUES (:h,"
                  + " :side, :pos, :name)")
          .param("h", handover)
          .param("side", side)
          .param("pos", i)
          .param("name", names.get(i))
          .update();
    }
  }

  List<Handover> ofOperation(UUID operationId) {
    return load(
        "SELECT * FROM handover WHERE operation_id = :id ORDER BY handed_over_at, receiving_state",
        operationId);
  }

  /** The person's chain of custody: every handover they were part of, oldest first. */
  List<Handover> ofPerson(UUID personId) {
    return load(
        "SELECT h.* FROM handover h JOIN handover_person p ON p.handover_id = h.id"
            + " WHERE p.person_id = :id ORDER BY h.handed_over_at",
        personId);
  }

  private List<Handover> load(String sql, UUID id) {
    Map<UUID, Object[]> rows = new LinkedHashMap<>();
    jdbc.sql(sql)
        .param("id", id)
        .query(
            (rs, n) ->
                rows.put(
                    rs.getObject("id", UUID.class),
                    new Object[] {
                      rs.getObject("operation_id", UUID.class),
                      rs.getString("receiving_state"),
                      rs.getString("from_authority"),
                      rs.getString("to_authority"),
                      rs.getString("place"),
                      rs.getObject("handed_over_at", OffsetDateTime.class).toInstant(),
                      rs.getBoolean("third_state")
                    }))
        .list();
    List<Handover> result = new ArrayList<>();
    for (Map.Entry<UUID, Object[]> e : rows.entrySet()) {
      Object[] r = e.getValue();
      result.add(
          new Handover(
              e.getKey(),
              (UUID) r[0],
              ((String) r[1]).strip(),
              (Boolean) r[6],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (Instant) r[5],
              officials(e.getKey(), "FROM"),
              officials(e.getKey(), "TO"),
              persons(e.getKey())));
    }
    return result;
  }

  private List<String> officials(UUID handover, String side) {
    return jdbc.sql(
            "SELECT name FROM handover_official WHERE handover_id = :h AND side = :side ORDER BY"
                + " position")
        .param("h", handover)
        .param("side", side)
        .query(String.class)
        .list();
  }

  private List<UUID> persons(UUID handover) {
    return jdbc.sql(
            "SELECT person_id FROM handover_person WHERE handover_id = :h ORDER BY person_id")
        .param("h", handover)
        .query(UUID.class)
        .list();
  }
}
