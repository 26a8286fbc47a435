package org.homeward.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit tables in SQL: append under the head's lock, read in order, filter. */
@Component
class AuditEventRows {
  private static final String COLUMNS =
      "seq, id, occurred_at, actor, agency_id, client_address, request_id, action, target_type,"
          + " target_id, details, before_json, after_json, prev_hash, hash";

  private final JdbcClient jdbc;

  AuditEventRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Reads the head and locks it until the current transaction ends. */
  ChainHead lockHead() {
    return jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
        .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
        .single();
  }

  ChainHead head() {
    return jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
        .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
        .single();
  }

  void insert(AuditEvent e) {
    jdbc.sql(
            "INSERT INTO audit_event ("
                + COLUMNS
                + ") VALUES (:seq, :id, :at, :actor, :agency, :address, :request, :action, :type,"
                + " :target, :details, :before, :after, :prev, :hash)")
        .param("seq", e.seq())
        .param("id", e.id())
        .param("at", e.occurredAt().atOffset(ZoneOffset.UTC))
        .param("actor", e.actor())
        .param("agency", e.agencyId())
        .param("address", e.clientAddress())
        .param("request", e.requestId())
        .param("action", e.action())
        .param("type", e.targetType())
        .param("target", e.targetId())
        .param("details", e.details())
        .param("before", e.beforeJson())
        .param("after", e.afterJson())
        .param("prev", e.prevHash())
        .param("hash", e.hash())
        .update();
  }

  void moveHead(ChainHead head) {
    jdbc.sql("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
        .param("seq", head.lastSeq())
        .param("hash", head.lastHash())
        .update();
  }

  /** Every event in chain order, one at a time, so a long trail never sits in memory. */
  void forEachInOrder(Consumer<AuditEvent> consumer) {
    jdbc.sql("SELECT " + COLUMNS + " FROM audit_event ORDER BY seq")
        .query((RowCallbackHandler) rs -> consumer.accept(map(rs)));
  }

  /** Newest first, after the cursor (a sequence number), at most {@code limit}. */
  List<AuditEvent> page(AuditFilter filter, Long beforeSeq, int limit) {
    Where where = where(filter, beforeSeq);
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM audit_event" + where.sql() + " ORDER BY seq DESC LIMIT :n")
        .params(where.params())
        .param("n", limit)
        .query((rs, n) -> map(rs))
        .list();
  }

  /** Every matching event, oldest first, streamed to the consumer (for exports). */
  void forEachMatching(AuditFilter filter, Consumer<AuditEvent> consumer) {
    Where where = where(filter, null);
    jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where.sql() + " ORDER BY seq")
        .params(where.params())
        .query((RowCallbackHandler) rs -> consumer.accept(map(rs)));
  }

  private record Where(String sql, Map<String, Object> params) {}

  private static Where where(AuditFilter f, Long beforeSeq) {
    List<String> terms = new ArrayList<>();
    Map<String, Object> params = new java.util.HashMap<>();
    if (f.actor() != null) {
      terms.add("actor = :actor");
      params.put("actor", f.actor());
    }
    if (f.action() != null) {
      terms.add("action = :action");
      params.put("action", f.action());
    }
    if (f.targetId() != null) {
      terms.add("target_id = :target");
      params.put("target", f.targetId());
    }
    if (f.from() != null) {
      terms.add("occurred_at >= :from");
      params.put("from", f.from().atOffset(ZoneOffset.UTC));
    }
    if (f.to() != null) {
      terms.add("occurred_at < :to");
      params.put("to", f.to().atOffset(ZoneOffset.UTC));
    }
    if (beforeSeq != null) {
      terms.add("seq < :cursor");
      params.put("cursor", beforeSeq);
    }
    return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), params);
  }

  static AuditEvent map(ResultSet rs) throws SQLException {
    OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
    return new AuditEvent(
        rs.getLong("seq"),
        rs.getObject("id", UUID.class),
        at == null ? null : at.toInstant(),
        rs.getString("actor"),
        rs.getObject("agency_id", UUID.class),
        rs.getString("client_address"),
        rs.getString("request_id"),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        rs.getString("details"),
        rs.getString("before_json"),
        rs.getString("after_json"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }
}
