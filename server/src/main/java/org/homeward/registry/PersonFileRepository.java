package org.homeward.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What is kept about a person beside the record itself: vetting, notes and shares. */
@Repository
class PersonFileRepository {
  private final JdbcClient jdbc;

  PersonFileRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Vetting> vetting(UUID personId) {
    return jdbc.sql("SELECT * FROM person_vetting WHERE person_id = :id")
        .param("id", personId)
        .query(
            (rs, n) ->
                new Vetting(
                    VettingOutcome.valueOf(rs.getString("outcome")),
                    rs.getString("remarks"),
                    rs.getString("recorded_by"),
                    PersonRepository.instant(rs, "recorded_at")))
        .optional();
  }

  void saveVetting(UUID personId, Vetting vetting) {
    jdbc.sql("DELETE FROM person_vetting WHERE person_id = :id").param("id", personId).update();
    jdbc.sql(
            "INSERT INTO person_vetting (person_id, outcome, remarks, recorded_by, recorded_at)"
                + " VALUES (:id, :outcome, :remarks, :by, :at)")
        .param("id", personId)
        .param("outcome", vetting.outcome().name())
        .param("remarks", vetting.remarks())
        .param("by", vetting.recordedBy())
        .param("at", PersonRepository.timestamp(vetting.recordedAt()))
        .update();
  }

  List<Note> notes(UUID personId) {
    return jdbc.sql("SELECT * FROM person_note WHERE person_id = :id ORDER BY written_at, id")
        .param("id", personId)
        .query(
            (rs, n) ->
                new Note(
                    rs.getObject("id", UUID.class),
                    rs.getString("text"),
                    rs.getString("written_by"),
                    PersonRepository.instant(rs, "written_at")))
        .list();
  }

  void addNote(UUID personId, Note note) {
    jdbc.sql(
            "INSERT INTO person_note (id, person_id, text, written_by, written_at)"
                + " VALUES (:id, :person, :text, :by, :at)")
        .param("id", note.id())
        .param("person", personId)
        .param("text", note.text())
        .param("by", note.writtenBy())
        .param("at", PersonRepository.timestamp(note.writtenAt()))
        .update();
  }

  void addShare(Share share) {
    jdbc.sql(
            "INSERT INTO person_share (id, person_id, agency_id, reason, shared_by, shared_at,"
                + " expires_at) VALUES (:id, :person, :agency, :reason, :by, :at, :expires)")
        .param("id", share.id())
        .param("person", share.personId())
        .param("agency", share.agencyId())
        .param("reason", share.reason())
        .param("by", share.sharedBy())
        .param("at", PersonRepository.timestamp(share.sharedAt()))
        .param(
            "expires",
            share.expiresAt() == null ? null : PersonRepository.timestamp(share.expiresAt()))
        .update();
  }

  List<Share> shares(UUID personId) {
    return jdbc.sql(
            "SELECT * FROM person_share WHERE person_id = :id AND revoked_at IS NULL"
                + " ORDER BY shared_at")
        .param("id", personId)
        .query(
            (rs, n) ->
                new Share(
                    rs.getObject("id", UUID.class),
                    rs.getObject("person_id", UUID.class),
                    rs.getObject("agency_id", UUID.class),
                    rs.getString("reason"),
                    rs.getString("shared_by"),
                    PersonRepository.instant(rs, "shared_at"),
                    PersonRepository.instant(rs, "expires_at")))
        .list();
  }
}
