package org.homeward.web;

import jakarta.servlet.http.HttpServletResponse;
import org.homeward.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on web pages: a plain page in the user's language, never a stack trace. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageProblems {
  private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

  @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
  String notFound(HttpServletResponse response, Model model) {
    response.setStatus(404);
    model.addAttribute("messageKey", "error.notFound");
    return "error-page";
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, HttpServletResponse response, Model model) {
    String reference = java.util.UUID.randomUUID().toString();
    log.error("Unexpected error {} on a page", reference, e);
    response.setStatus(500);
    model.addAttribute("messageKey", "error.unexpected");
    model.addAttribute("reference", reference);
    return "error-page";
  }
}
