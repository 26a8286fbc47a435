package org.homeward.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
        .query(OperationRepository::operation)
        .optional();
  }

  /** Every operation, by planned date and name. */
  List<Operation> all() {
    return jdbc.sql("SELECT * FROM operation ORDER BY planned_date, name")
        .query(OperationRepository::operation)
        .list();
  }

  private static Operation operation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Operation(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getObject("planned_date", LocalDate.class),
        rs.getString("handover_point"),
        Arrays.asList(rs.getString("receiving_states").split(",")),
        rs.getInt("capacity"),
        Operation.Status.valueOf(rs.getString("status")),
        Optional.ofNullable(rs.getObject("executed_at", OffsetDateTime.class))
            .map(OffsetDateTime::toInstant)
            .orElse(null));
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

  /** CONFIRMED to EXECUTED, once; false when someone else executed or changed it first. */
  boolean markExecuted(UUID id, String by, Instant at) {
    return jdbc.sql(
                "UPDATE operation SET status = 'EXECUTED', executed_by = :by, executed_at = :at"
                    + " WHERE id = :id AND status = 'CONFIRMED'")
            .param("by", by)
            .param("at", at.atOffset(ZoneOffset.UTC))
            .param("id", id)
            .update()
        == 1;
  }

  void recordOutcome(UUID operationId, UUID personId, Departure outcome, String note) {
    jdbc.sql(
            "UPDATE manifest_entry SET outcome = :outcome, outcome_note = :note"
                + " WHERE operation_id = :op AND person_id = :p")
        .param("outcome", outcome.name())
        .param("note", note)
        .param("op", operationId)
        .param("p", personId)
        .update();
  }

  /** Whether each person on an executed manifest left, and if not why; empty before execution. */
  Map<UUID, Departure> outcomes(UUID operationId) {
    Map<UUID, Departure> outcomes = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "SELECT person_id, outcome FROM manifest_entry WHERE operation_id = :op AND outcome IS"
                + " NOT NULL ORDER BY added_at, person_id")
        .param("op", operationId)
        .query(
            (rs, n) ->
                outcomes.put(rs.getObject(1, UUID.class), Departure.valueOf(rs.getString(2))))
        .list();
    return outcomes;
  }

  /** The operations a person was put on the manifest of, oldest first, with when. */
  List<Map.Entry<UUID, Instant>> manifestsOf(UUID personId) {
    return jdbc.sql(
            "SELECT operation_id, added_at FROM manifest_entry WHERE person_id = :p ORDER BY"
                + " added_at")
        .param("p", personId)
        .query(
            (rs, n) ->
                Map.entry(
                    rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant()))
        .list();
  }

  void releaseAll(UUID operationId) {
    jdbc.sql("DELETE FROM active_manifest_person WHERE operation_id = :op")
        .param("op", operationId)
        .update();
  }
}
