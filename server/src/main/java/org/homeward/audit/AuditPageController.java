package org.homeward.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.homeward.access.Capability;
import org.homeward.access.Requires;
import org.homeward.common.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The auditor's page: filter the trail, page through it, export it, verify the chain. */
@Controller
class AuditPageController {
  private static final int PAGE_SIZE = 50;
  private final AuditReader reader;
  private final AuditChain chain;

  AuditPageController(AuditReader reader, AuditChain chain) {
    this.reader = reader;
    this.chain = chain;
  }

  @Requires(Capability.AUDIT_READ)
  @GetMapping("/audit")
  String list(TrailQuery query, Model model) {
    fill(query, model);
    return "audit/list";
  }

  /** The rows alone, for htmx to swap in as the filters change. */
  @Requires(Capability.AUDIT_READ)
  @GetMapping("/audit/rows")
  String rows(TrailQuery query, Model model) {
    fill(query, model);
    return "audit/list :: rows";
  }

  @Requires(Capability.AUDIT_READ)
  @GetMapping("/audit/verify")
  String verify(Model model) {
    model.addAttribute("verification", chain.verify());
    return "audit/list :: verification";
  }

  @Requires(Capability.AUDIT_READ)
  @GetMapping("/audit/events.csv")
  void export(TrailQuery query, HttpServletResponse response) throws IOException {
    AuditFilter filter = query.filter();
    AuditExports.start(response);
    reader.exportCsv(filter, response.getWriter());
  }

  private void fill(TrailQuery query, Model model) {
    model.addAttribute("query", query);
    try {
      AuditReader.AuditPage page =
          reader.page(query.filter(), AuditQueries.cursor(query.cursor()), PAGE_SIZE);
      model.addAttribute("events", page.events());
      model.addAttribute("nextCursor", page.nextCursor());
    } catch (InvalidInputException e) {
      model.addAttribute("events", List.of());
      model.addAttribute("queryErrors", e.errors());
    }
  }

  /** Query parameters of the page. */
  record TrailQuery(
      String actor, String action, String targetId, String from, String to, String cursor) {
    AuditFilter filter() {
      return AuditQueries.filter(actor, action, targetId, from, to);
    }
  }
}
