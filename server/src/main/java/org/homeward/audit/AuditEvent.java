package org.homeward.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit trail as stored: who did what to which record, when, from where, with the
 * before/after of changed fields (JSON text, exactly as hashed) and its place in the chain.
 */
public record AuditEvent(
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
    String beforeJson,
    String afterJson,
    String prevHash,
    String hash) {

  /** The hash this event's content and link should have; compare with {@link #hash()}. */
  public String computedHash() {
    return AuditHash.of(this);
  }

  /** A copy with its chain link and hash filled in. */
  AuditEvent chainedTo(String previousHash) {
    AuditEvent linked =
        new AuditEvent(
            seq,
            id,
            occurredAt,
            actor,
            agencyId,
            clientAddress,
            requestId,
            action,
            targetType,
            targetId,
            details,
            beforeJson,
            afterJson,
            previousHash,
            null);
    return linked.withHash(AuditHash.of(linked));
  }

  private AuditEvent withHash(String newHash) {
    return new AuditEvent(
        seq,
        id,
        occurredAt,
        actor,
        agencyId,
        clientAddress,
        requestId,
        action,
        targetType,
        targetId,
        details,
        beforeJson,
        afterJson,
        prevHash,
        newHash);
  }
}
