package org.homeward.audit;

import java.time.Clock;
import java.util.UUID;
import org.homeward.access.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Appends who did what to which record. Every feature records its changes here, inside the
 * transaction of the change itself, so a change and its trail entry stand or fall together. The
 * hash chain and the auditor's views come with the access issue; this is the seam they build on.
 */
@Service
public class AuditTrail {
  private final JdbcClient jdbc;
  private final CurrentActor actor;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, CurrentActor actor, Clock clock) {
    this.jdbc = jdbc;
    this.actor = actor;
    this.clock = clock;
  }

  /**
   * @param details what changed, by field name; callers pass field names and codes, not free text
   *     copied from the record
   */
  public void record(String action, String targetType, Object targetId, String details) {
    jdbc.sql(
            "INSERT INTO audit_event (id, occurred_at, actor, action, target_type, target_id,"
                + " details) VALUES (:id, :at, :actor, :action, :type, :target, :details)")
        .param("id", UUID.randomUUID())
        .param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
        .param("actor", actor.username())
        .param("action", action)
        .param("type", targetType)
        .param("target", targetId == null ? null : targetId.toString())
        .param(
            "details",
            details == null || details.length() <= 4000 ? details : details.substring(0, 4000))
        .update();
  }

  /** Number of trail entries about one record, for checks and the record's page. */
  public long countFor(String targetType, Object targetId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM audit_event WHERE target_type = :type AND target_id = :target")
        .param("type", targetType)
        .param("target", targetId.toString())
        .query(Long.class)
        .single();
  }
}
