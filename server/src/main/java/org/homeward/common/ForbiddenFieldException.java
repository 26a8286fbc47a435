package org.homeward.common;

/** A change to a field the user's roles may not change. Answered 403, naming the field. */
public class ForbiddenFieldException extends RuntimeException {
  private final String field;

  public ForbiddenFieldException(String field) {
    super("Your roles do not allow changing " + field + ".");
    this.field = field;
  }

  public String field() {
    return field;
  }
}
