package org.homeward.repatriation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TransferRequestRepository {
  private final JdbcClient jdbc;

  TransferRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(TransferRequest r) {
    jdbc.sql(
            "INSERT INTO transfer_request (id, requesting_agency, requesting_state, reason, status,"
                + " requested_by, requested_at) VALUES (:id, :agency, :state, :reason, :status, :by,"
                + " :at)")
        .param("id", r.id())
        .param("agency", r.requestingAgency())
        .param("state", r.requestingState())
        .param("reason", r.reason())
        .param("status", r.status().name())
        .param("by", r.requestedBy())
        .param("at", r.requestedAt().atOffset(ZoneOffset.UTC))
        .update();
    for (UUID person : r.personIds()) {
      jdbc.sql("INSERT INTO transfer_request_person (request_id, person_id) VALUES (:r, :p)")
          .param("r", r.id())
          .param("p", person)
          .update();
    }
  }

  /** Records a decision, only if none was recorded meanwhile. */
  boolean decide(TransferRequest r) {
    return jdbc.sql(
                "UPDATE transfer_request SET status = :status, decided_by = :by, decided_at = :at,"
                    + " decision_reason = :why WHERE id = :id AND status = 'REQUESTED'")
            .param("status", r.status().name())
            .param("by", r.decidedBy())
            .param("at", r.decidedAt().atOffset(ZoneOffset.UTC))
            .param("why", r.decisionReason())
            .param("id", r.id())
            .update()
        == 1;
  }

  Optional<TransferRequest> find(UUID id) {
    return jdbc.sql("SELECT * FROM transfer_request WHERE id = :id")
        .param("id", id)
        .query(
            (rs, n) -> {
              OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
              return new TransferRequest(
                  id,
                  rs.getObject("requesting_agency", UUID.class),
                  rs.getString("requesting_state"),
                  persons(id),
                  rs.getString("reason"),
                  TransferRequest.Status.valueOf(rs.getString("status")),
                  rs.getString("requested_by"),
                  rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                  rs.getString("decided_by"),
                  decided == null ? null : decided.toInstant(),
                  rs.getString("decision_reason"));
            })
        .optional();
  }

  boolean accepted(UUID personId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM transfer_request r JOIN transfer_request_person p ON p.request_id"
                    + " = r.id WHERE p.person_id = :p AND r.status = 'ACCEPTED'")
            .param("p", personId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The state of the most recent accepted request naming this person, if any. */
  java.util.Optional<String> acceptedState(UUID personId) {
    return jdbc
        .sql(
            "SELECT r.requesting_state FROM transfer_request r JOIN transfer_request_person p ON"
                + " p.request_id = r.id WHERE p.person_id = :p AND r.status = 'ACCEPTED' ORDER BY"
                + " r.decided_at DESC")
        .param("p", personId)
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }

  List<UUID> ids() {
    return jdbc.sql("SELECT id FROM transfer_request ORDER BY requested_at DESC")
        .query(UUID.class)
        .list();
  }

  private List<UUID> persons(UUID requestId) {
    return jdbc.sql(
            "SELECT person_id FROM transfer_request_person WHERE request_id = :r ORDER BY person_id")
        .param("r", requestId)
        .query(UUID.class)
        .list();
  }
}
