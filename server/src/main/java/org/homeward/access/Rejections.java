package org.homeward.access;

import jakarta.servlet.http.HttpServletRequest;
import org.homeward.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Writes refused requests to the audit trail: forbidden actions, records that do not exist for the
 * caller (which includes records of other scopes), and forms posted without a valid CSRF token.
 * Probing is itself something an auditor needs to see.
 */
@Component
public class Rejections {
  private final AuditTrail audit;

  Rejections(AuditTrail audit) {
    this.audit = audit;
  }

  public void forbidden(HttpServletRequest request) {
    record("ACCESS_DENIED", request);
  }

  public void notFound(HttpServletRequest request) {
    record("NOT_FOUND", request);
  }

  void csrf(HttpServletRequest request) {
    record("CSRF_REJECTED", request);
  }

  private void record(String action, HttpServletRequest request) {
    // the path, not the query string: query strings may carry names typed into a search
    audit.record(action, "Request", null, request.getMethod() + " " + request.getRequestURI());
  }
}
