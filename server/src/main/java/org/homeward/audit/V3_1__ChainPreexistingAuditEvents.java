package org.homeward.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 3.1: puts the audit events written before the chain existed (V1's table, no
 * hashes) into the chain, so that `audit verify` covers the whole trail and has no "pre-chain"
 * exception an intruder could hide behind. Runs after V3 adds the columns and before V4 makes the
 * table append-only. Renumbers them 1..n in their original order (an identity column leaves gaps
 * after rollbacks, and in the chain a gap means a deletion) and links them from the genesis hash.
 * Spring Boot hands every {@code JavaMigration} bean to Flyway.
 */
@Component
class V3_1__ChainPreexistingAuditEvents extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    List<AuditEvent> unchained = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT seq, id, occurred_at, actor, agency_id, client_address, request_id,"
                    + " action, target_type, target_id, details, before_json, after_json,"
                    + " prev_hash, hash FROM audit_event ORDER BY seq");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        unchained.add(AuditEventRows.map(rs));
      }
    }
    String previous = AuditHash.GENESIS;
    long seq = 0;
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE audit_event SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?")) {
      // Ascending order: each row's new number is at most its old one and above every number
      // already given, so the unique constraint on seq never trips midway.
      for (AuditEvent old : unchained) {
        seq++;
        AuditEvent chained = renumbered(old, seq).chainedTo(previous);
        update.setLong(1, seq);
        update.setString(2, chained.prevHash());
        update.setString(3, chained.hash());
        update.setObject(4, old.id());
        update.executeUpdate();
        previous = chained.hash();
      }
    }
    try (PreparedStatement head =
        connection.prepareStatement(
            "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
      head.setLong(1, seq);
      head.setString(2, previous);
      head.executeUpdate();
    }
  }

  private static AuditEvent renumbered(AuditEvent e, long seq) {
    return new AuditEvent(
        seq,
        e.id(),
        e.occurredAt(),
        e.actor(),
        e.agencyId(),
        e.clientAddress(),
        e.requestId(),
        e.action(),
        e.targetType(),
        e.targetId(),
        e.details(),
        e.beforeJson(),
        e.afterJson(),
        null,
        null);
  }
}
