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
  private final org.homeward.access.Rejections rejections;

  PageProblems(org.homeward.access.Rejections rejections) {
    this.rejections = rejections;
  }

  @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
  String notFound(
      jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Model model) {
    rejections.notFound(request);
    response.setStatus(404);
    model.addAttribute("messageKey", "error.notFound");
    return "error-page";
  }

  @ExceptionHandler({
    org.springframework.security.access.AccessDeniedException.class,
    org.homeward.common.ForbiddenFieldException.class
  })
  String forbidden(
      jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Model model) {
    rejections.forbidden(request);
    response.setStatus(403);
    model.addAttribute("messageKey", "error.forbidden");
    return "error-page";
  }

  @ExceptionHandler({
    org.springframework.web.bind.ServletRequestBindingException.class,
    org.springframework.web.HttpMediaTypeNotSupportedException.class,
    org.springframework.web.HttpRequestMethodNotSupportedException.class
  })
  String badRequest(HttpServletResponse response, Model model) {
    response.setStatus(400);
    model.addAttribute("messageKey", "error.badRequest");
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
