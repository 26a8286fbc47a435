package org.homeward.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems while input is checked, so one response names all of them. */
public final class FieldErrors {
  private final List<FieldError> errors = new ArrayList<>();

  public void add(String field, String expected) {
    errors.add(new FieldError(field, expected));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
