package org.homeward.audit;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.homeward.access.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends who did what to which record. Every feature records its changes here, inside the
 * transaction of the change itself, so a change and its trail entry stand or fall together.
 *
 * <p>Each entry is hash-chained to the one before (see {@link AuditHash}). Appending locks the
 * chain's head row until the transaction ends: appends are serialised, and a transaction that rolls
 * back takes its sequence number with it, so the sequence has no gaps and a gap is proof of a
 * deletion. When called outside a transaction, the append runs in one of its own.
 */
@Service
public class AuditTrail {
  static final int DETAILS_LIMIT = 4000;
  static final int JSON_LIMIT = 100_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AuditEventRows rows;
  private final CurrentActor actor;
  private final Clock clock;

  AuditTrail(AuditEventRows rows, CurrentActor actor, Clock clock) {
    this.rows = rows;
    this.actor = actor;
    this.clock = clock;
  }

  /**
   * The sequence number of the last event: every change to the data is audited, so an unchanged
   * number means unchanged data (statistics record it as their data version).
   */
  public long lastSequence() {
    return rows.head().lastSeq();
  }

  /**
   * @param details what changed, by field name; callers pass field names and codes, not free text
   *     copied from the record
   */
  @Transactional
  public void record(String action, String targetType, Object targetId, String details) {
    append(actor.username(), action, targetType, targetId, details, null, null);
  }

  /**
   * Records a change with the old and new values of the fields that changed (only those), so an
   * auditor can see what a record looked like before. Values become JSON.
   */
  @Transactional
  public void record(
      String action,
      String targetType,
      Object targetId,
      Map<String, Object> before,
      Map<String, Object> after) {
    append(actor.username(), action, targetType, targetId, null, json(before), json(after));
  }

  /**
   * Records an event on behalf of a named actor who is not (yet) signed in, such as a failed
   * sign-in: the name is what was typed, and the trail says so by the action, not by trusting it.
   */
  @Transactional
  public void recordFor(
      String actorName, String action, String targetType, Object targetId, String details) {
    append(actorName, action, targetType, targetId, details, null, null);
  }

  private void append(
      String actorName,
      String action,
      String targetType,
      Object targetId,
      String details,
      String beforeJson,
      String afterJson) {
    ChainHead head = rows.lockHead();
    AuditEvent event =
        new AuditEvent(
                head.lastSeq() + 1,
                UUID.randomUUID(),
                AuditHash.storable(clock.instant()),
                clip(actorName == null ? CurrentActor.SYSTEM : actorName, 100),
                actor.agencyId(),
                clip(actor.clientAddress(), 100),
                clip(actor.requestId(), 100),
                action,
                targetType,
                targetId == null ? null : targetId.toString(),
                clip(details, DETAILS_LIMIT),
                beforeJson,
                afterJson,
                null,
                null)
            .chainedTo(head.lastHash());
    rows.insert(event);
    rows.moveHead(new ChainHead(event.seq(), event.hash()));
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  private static String json(Map<String, Object> values) {
    if (values == null) {
      return null;
    }
    // sorted keys: the same change always reads (and hashes) the same way
    String text = JSON.writeValueAsString(new TreeMap<>(values));
    if (text.length() > JSON_LIMIT) {
      // cutting JSON would corrupt it, and dropping it would lose the change: refuse the change
      throw new IllegalArgumentException("audit before/after too large for one event");
    }
    return text;
  }
}
