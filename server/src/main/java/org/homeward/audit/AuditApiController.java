package org.homeward.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for auditors: browse and filter it, export it, verify the chain. Nobody else may;
 * they get 403 (the trail is not a person record, so its existence is no secret).
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail")
class AuditApiController {
  private final AuditReader reader;
  private final AuditChain chain;

  AuditApiController(AuditReader reader, AuditChain chain) {
    this.reader = reader;
    this.chain = chain;
  }

  @Requires(Capability.AUDIT_READ)
  @GetMapping("/events")
  @Operation(
      summary = "Audit events, newest first, filtered, one page at a time (cursor = a seq)",
      description =
          "from/to take a date (a whole UTC day) or a time with offset; 'to' is exclusive for"
              + " times and includes the whole day for dates. targetId finds everything done to"
              + " one record, e.g. a person.")
  Map<String, Object> events(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String targetId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) String limit) {
    AuditFilter filter = AuditQueries.filter(actor, action, targetId, from, to);
    AuditReader.AuditPage page =
        reader.page(filter, AuditQueries.cursor(cursor), AuditQueries.limit(limit));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", page.events().stream().map(AuditEventView::of).toList());
    body.put("nextCursor", page.nextCursor());
    return body;
  }

  @Requires(Capability.AUDIT_READ)
  @GetMapping("/events.csv")
  @Operation(summary = "Export the audit events matching the filters as CSV (itself audited)")
  void export(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String targetId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      HttpServletResponse response)
      throws IOException {
    AuditFilter filter = AuditQueries.filter(actor, action, targetId, from, to);
    AuditExports.start(response);
    reader.exportCsv(filter, response.getWriter());
  }

  @Requires(Capability.AUDIT_READ)
  @GetMapping("/verify")
  @Operation(
      summary = "Recompute the hash chain: intact, or the first altered, deleted or inserted event")
  Map<String, Object> verify() {
    AuditChain.Verification result = chain.verify();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("result", result.verdict().kind().name().toLowerCase(java.util.Locale.ROOT));
    body.put("events", result.verdict().events());
    body.put("seq", result.verdict().seq());
    body.put("message", result.verdict().line());
    body.put("lastHash", result.lastHash());
    return body;
  }
}
