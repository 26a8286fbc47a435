package org.homeward.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Response headers of a CSV export: a download, never cached by a browser or proxy. */
final class AuditExports {
  private AuditExports() {}

  static void start(HttpServletResponse response) {
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
  }
}
