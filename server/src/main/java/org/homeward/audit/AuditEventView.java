package org.homeward.audit;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An audit event as the API shows it: before/after as JSON objects rather than strings. */
record AuditEventView(
    long seq,
    UUID id,
    Instant occurredAt,
    String actor,
    UUID agencyId,
    String clientAddress,
    String requestId,
    String action,
    String targetType,
    String targetId,
    String details,
    JsonNode before,
    JsonNode after,
    String prevHash,
    String hash) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static AuditEventView of(AuditEvent e) {
    return new AuditEventView(
        e.seq(),
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
        e.beforeJson() == null ? null : JSON.readTree(e.beforeJson()),
        e.afterJson() == null ? null : JSON.readTree(e.afterJson()),
        e.prevHash(),
        e.hash());
  }
}
