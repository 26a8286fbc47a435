package org.homeward.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.homeward.common.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An export from the auditor's page asked with bad filters: 400 and a plain page (the list page
 * itself shows such errors next to the form, so only a hand-made export link gets here).
 */
@ControllerAdvice(assignableTypes = AuditPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditPageProblems {
  @ExceptionHandler(InvalidInputException.class)
  String invalid(HttpServletResponse response, Model model) {
    response.setStatus(400);
    model.addAttribute("messageKey", "audit.badQuery");
    return "error-page";
  }
}
