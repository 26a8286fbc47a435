package org.homeward.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's view of the trail: pages, filtered, newest first; and exports, which are themselves
 * audited before a single row leaves, so an export that cannot be recorded does not happen. Callers
 * (web and API) are restricted to auditors; this class does not re-check.
 */
@Service
class AuditReader {
  private final AuditEventRows rows;
  private final AuditTrail trail;

  AuditReader(AuditEventRows rows, AuditTrail trail) {
    this.rows = rows;
    this.trail = trail;
  }

  /** One page; {@code nextCursor} is the last event's seq, null when there is no more. */
  @Transactional(readOnly = true)
  AuditPage page(AuditFilter filter, Long cursor, int limit) {
    List<AuditEvent> events = rows.page(filter, cursor, limit + 1);
    boolean more = events.size() > limit;
    List<AuditEvent> shown = more ? events.subList(0, limit) : events;
    String next = more ? Long.toString(shown.get(shown.size() - 1).seq()) : null;
    return new AuditPage(shown, next);
  }

  /** Writes every matching event as CSV, oldest first. */
  void exportCsv(AuditFilter filter, Writer out) {
    trail.record("AUDIT_EXPORTED", "AuditTrail", null, describe(filter) + "; format=csv");
    try (AuditCsv csv = new AuditCsv(out)) {
      rows.forEachMatching(filter, csv::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The filter in the export's trail entry: parameters only, as the auditor typed them. */
  private static String describe(AuditFilter f) {
    Map<String, Object> used = new LinkedHashMap<>();
    used.put("actor", f.actor());
    used.put("action", f.action());
    used.put("targetId", f.targetId());
    used.put("from", f.from());
    used.put("to", f.to());
    used.values().removeIf(java.util.Objects::isNull);
    return "filter=" + used;
  }

  /** One page of events and the cursor for the next. */
  record AuditPage(List<AuditEvent> events, String nextCursor) {}
}
