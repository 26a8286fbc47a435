package org.homeward.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OperationRepository {
  private final JdbcClient jdbc;

  OperationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Operation o, String by, Instant at) {
    jdbc.sql(
            "INSERT INTO operation (id, name, planned_date, handover_point, receiving_states,"
                + " capacity, status, created_by, created_at) VALUES (:id, :name, :date, :point,"
                + " :states, :capacity, :status, :by, :at)")
        .param("id", o.id())
        .param("name", o.name())
        .param("date", o.plannedDate())
        .param("point", o.handoverPoint())
        .param("states", String.join(",", o.receivingStates()))
        .param("capacity", o.capacity())
        .param("status", o.status().name())
        .param("by", by)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  Optional<Operation> find(UUID id) {
    return jdbc.sql("SELECT * FROM operation WHERE id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Operation(
                    id,
                    rs.getString("name"),
                    rs.getObject("planned_date", LocalDate.class),
                    rs.getString("handover_point"),
                    Arrays.asList(rs.getString("receiving_states").split(",")),
                    rs.getInt("capacity"),
                    Operation.Status.valueOf(rs.getString("status"))))
        .optional();
  }

  boolean changeStatus(UUID id, Operation.Status from, Operation.Status to) {
    return jdbc.sql("UPDATE operation SET status = :to WHERE id = :id AND status = :from")
            .param("to", to.name())
            .param("from", from.name())
            .param("id", id)
            .update()
        == 1;
  }

  /** Person id to the reason recorded for setting a rule aside (null when none). */
  Map<UUID, String> manifest(UUID operationId) {
    Map<UUID, String> entries = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "SELECT person_id, exception_reason FROM manifest_entry WHERE operation_id = :op ORDER BY added_at, person_id")
        .param("op", operationId)
        .query(
            (rs, n) -> {
              entries.put(rs.getObject(1, UUID.class), rs.getString(2));
              return null;
            })
        .list();
    return entries;
  }

  /**
   * Puts a person on the manifest. The primary key of {@code active_manifest_person} makes a second
   * active manifest for the same person fail, even when two coordinators try at once.
   */
  void add(UUID operationId, UUID personId, String exceptionReason, String by, Instant at) {
    jdbc.sql("INSERT INTO active_manifest_person (person_id, operation_id) VALUES (:p, :op)")
        .param("p", personId)
        .param("op", operationId)
        .update();
    jdbc.sql(
            "INSERT INTO manifest_entry (operation_id, person_id, exception_reason, added_by,"
                + " added_at) VALUES (:op, :p, :why, :by, :at)")
        .param("op", operationId)
        .param("p", personId)
        .param("why", exceptionReason)
        .param("by", by)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  void releaseAll(UUID operationId) {
    jdbc.sql("DELETE FROM active_manifest_person WHERE operation_id = :op")
        .param("op", operationId)
        .update();
  }

  List<UUID> ids() {
    return jdbc.sql("SELECT id FROM operation ORDER BY planned_date, name")
        .query(UUID.class)
        .list();
  }
}
