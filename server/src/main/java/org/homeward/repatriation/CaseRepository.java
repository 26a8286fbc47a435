package org.homeward.repatriation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.common.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and their transitions; transitions are only ever appended. */
@Repository
class CaseRepository {
  private final JdbcClient jdbc;

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<RepatriationCase> ofPerson(UUID personId) {
    return jdbc.sql("SELECT * FROM repatriation_case WHERE person_id = :p")
        .param("p", personId)
        .query(
            (rs, n) ->
                new RepatriationCase(
                    rs.getObject("id", UUID.class),
                    personId,
                    CaseStage.valueOf(rs.getString("stage")),
                    rs.getString("held_from") == null
                        ? null
                        : CaseStage.valueOf(rs.getString("held_from")),
                    rs.getString("proposed_by"),
                    rs.getInt("version"),
                    transitions(rs.getObject("id", UUID.class))))
        .optional();
  }

  /** Saves a new or changed case, refusing if someone else changed it meanwhile. */
  void save(RepatriationCase c, boolean isNew, String openedBy) {
    if (isNew) {
      jdbc.sql(
              "INSERT INTO repatriation_case (id, person_id, stage, held_from, proposed_by, version,"
                  + " opened_at, opened_by) VALUES (:id, :p, :stage, :held, :proposed, 1, :at, :by)")
          .param("id", c.id())
          .param("p", c.personId())
          .param("stage", c.stage().name())
          .param("held", c.heldFrom() == null ? null : c.heldFrom().name())
          .param("proposed", c.proposedBy())
          .param("at", utc(c.history().get(0).at()))
          .param("by", openedBy)
          .update();
    } else {
      int updated =
          jdbc.sql(
                  "UPDATE repatriation_case SET stage = :stage, held_from = :held, proposed_by ="
                      + " :proposed, version = version + 1 WHERE id = :id AND version = :version")
              .param("stage", c.stage().name())
              .param("held", c.heldFrom() == null ? null : c.heldFrom().name())
              .param("proposed", c.proposedBy())
              .param("id", c.id())
              .param("version", c.version())
              .update();
      if (updated == 0) {
        throw new StaleVersionException("The case");
      }
    }
    appendNewTransitions(c);
  }

  private void appendNewTransitions(RepatriationCase c) {
    int stored =
        jdbc.sql("SELECT COUNT(*) FROM case_transition WHERE case_id = :id")
            .param("id", c.id())
            .query(Integer.class)
            .single();
    List<CaseTransition> all = c.history();
    for (int i = stored; i < all.size(); i++) {
      CaseTransition t = all.get(i);
      jdbc.sql(
              "INSERT INTO case_transition (id, case_id, position, from_stage, to_stage, action,"
                  + " actor, occurred_at, reason, evidence_kind, evidence_ref) VALUES (:id, :case,"
                  + " :pos, :from, :to, :action, :actor, :at, :reason, :kind, :ref)")
          .param("id", UUID.randomUUID())
          .param("case", c.id())
          .param("pos", i)
          .param("from", t.from() == null ? null : t.from().name())
          .param("to", t.to().name())
          .param("action", t.action())
          .param("actor", t.actor())
          .param("at", utc(t.at()))
          .param("reason", t.reason())
          .param("kind", t.evidenceKind() == null ? null : t.evidenceKind().name())
          .param("ref", t.evidenceRef())
          .update();
    }
  }

  private List<CaseTransition> transitions(UUID caseId) {
    return jdbc.sql("SELECT * FROM case_transition WHERE case_id = :id ORDER BY position")
        .param("id", caseId)
        .query(
            (rs, n) ->
                new CaseTransition(
                    rs.getString("from_stage") == null
                        ? null
                        : CaseStage.valueOf(rs.getString("from_stage")),
                    CaseStage.valueOf(rs.getString("to_stage")),
                    rs.getString("action"),
                    rs.getString("actor"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("reason"),
                    rs.getString("evidence_kind") == null
                        ? null
                        : NationalityEvidence.valueOf(rs.getString("evidence_kind")),
                    rs.getString("evidence_ref")))
        .list();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
