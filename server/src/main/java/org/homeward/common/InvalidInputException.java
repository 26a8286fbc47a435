package org.homeward.common;

import java.util.List;

/** Input that breaks a rule; carries every field problem found, so the client can fix all. */
public class InvalidInputException extends RuntimeException {
  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.size() + " invalid field(s)");
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String expected) {
    this(List.of(new FieldError(field, expected)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
