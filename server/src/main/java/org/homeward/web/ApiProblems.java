package org.homeward.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.homeward.common.ConflictException;
import org.homeward.common.FieldError;
import org.homeward.common.InvalidInputException;
import org.homeward.common.NotFoundException;
import org.homeward.common.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every API error into RFC 9457 problem+json. Field errors are listed under {@code errors}
 * with the field's path and what was expected. No stack trace, no rejected value, no internal
 * detail ever reaches the client.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
  private final org.homeward.access.Rejections rejections;

  ApiProblems(org.homeward.access.Rejections rejections) {
    this.rejections = rejections;
  }

  private static final String TYPE_BASE = "https://homeward.invalid/problems/";

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalid(InvalidInputException e) {
    return problem(
        HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", describe(e.errors()), e.errors());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException e, HttpServletRequest request) {
    rejections.notFound(request);
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), null);
  }

  @ExceptionHandler(StaleVersionException.class)
  ResponseEntity<Object> stale(StaleVersionException e) {
    return problem(
        HttpStatus.PRECONDITION_FAILED,
        "stale-version",
        "Changed by someone else",
        e.getMessage(),
        null);
  }

  @ExceptionHandler(Etags.PreconditionRequiredException.class)
  ResponseEntity<Object> preconditionRequired(Etags.PreconditionRequiredException e) {
    return problem(
        HttpStatus.PRECONDITION_REQUIRED,
        "if-match-required",
        "If-Match required",
        e.getMessage(),
        List.of(new FieldError("If-Match", "the ETag of the version you read, e.g. \"3\"")));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Object> conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(), null);
  }

  @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
  ResponseEntity<Object> forbidden(
      org.springframework.security.access.AccessDeniedException e, HttpServletRequest request) {
    rejections.forbidden(request);
    return problem(
        HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your roles do not allow this.", null);
  }

  @ExceptionHandler(org.homeward.common.ForbiddenFieldException.class)
  ResponseEntity<Object> forbiddenField(
      org.homeward.common.ForbiddenFieldException e, HttpServletRequest request) {
    rejections.forbidden(request);
    return problem(
        HttpStatus.FORBIDDEN,
        "forbidden-field",
        "Forbidden",
        e.getMessage(),
        List.of(
            new FieldError(e.field(), "no change: your roles do not allow changing this field")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected =
        e.getRequiredType() == java.util.UUID.class
            ? "an id (UUID)"
            : "a value of type "
                + (e.getRequiredType() == null ? "?" : e.getRequiredType().getSimpleName());
    List<FieldError> errors = List.of(new FieldError(e.getName(), expected));
    return problem(
        HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", describe(errors), errors);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
    String reference = java.util.UUID.randomUUID().toString();
    log.error(
        "Unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        "Something went wrong on our side; nothing was changed. Reference: " + reference,
        null);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = "body";
    String expected = "a well-formed JSON object";
    // A syntax error is the body's fault as a whole; a type mismatch belongs to a field.
    if (e.getCause() instanceof JacksonException jackson
        && !isSyntaxError(jackson)
        && !jackson.getPath().isEmpty()) {
      field = path(jackson.getPath());
      expected = "a value of the documented type at this field";
    }
    List<FieldError> errors = List.of(new FieldError(field, expected));
    return problem(
        HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", describe(errors), errors);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(ex, body, headers, statusCode, request);
    if (response != null && response.getBody() instanceof ProblemDetail detail) {
      detail.setType(URI.create(TYPE_BASE + "http-" + statusCode.value()));
    }
    return response;
  }

  private static boolean isSyntaxError(JacksonException e) {
    return e instanceof tools.jackson.core.exc.StreamReadException
        && !(e instanceof tools.jackson.core.exc.InputCoercionException);
  }

  private static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : references) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String describe(List<FieldError> errors) {
    return errors.stream()
        .map(e -> e.field() + ": expected " + e.expected())
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }

  static ResponseEntity<Object> problem(
      HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    if (errors != null) {
      problem.setProperty(
          "errors",
          errors.stream().map(e -> Map.of("field", e.field(), "expected", e.expected())).toList());
    }
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
