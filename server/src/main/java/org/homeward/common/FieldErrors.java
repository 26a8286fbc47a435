package org.homeward.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Collects field problems while input is checked, so one response names all of them. */
public final class FieldErrors {
  private final List<FieldError> errors = new ArrayList<>();

  public void add(String field, String expected) {
    errors.add(new FieldError(field, expected));
  }

  /**
   * Reads an enum constant written in any case; a blank value gives {@code whenAbsent}, an unknown
   * one is recorded as an error naming the choices (and gives null).
   */
  public <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, E whenAbsent) {
    if (value == null || value.isBlank()) {
      return whenAbsent;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      add(field, oneOf(type));
      return null;
    }
  }

  /** Like {@link #enumValue} for a value that must be given. */
  public <E extends Enum<E>> E requiredEnum(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      add(field, oneOf(type));
      return null;
    }
    return enumValue(type, value, field, null);
  }

  /**
   * A text that must be given and, stripped, have at most {@code maxLength} characters; records
   * {@code expected} otherwise.
   *
   * @return the stripped text, or null when it is missing
   */
  public String requiredText(String value, String field, int maxLength, String expected) {
    String text = value == null || value.isBlank() ? null : value.strip();
    if (text == null || text.length() > maxLength) {
      add(field, expected);
    }
    return text;
  }

  public static String oneOf(Class<? extends Enum<?>> type) {
    return "one of " + Arrays.toString(type.getEnumConstants());
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
