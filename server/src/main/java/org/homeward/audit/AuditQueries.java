package org.homeward.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.homeward.common.FieldErrors;

/**
 * Turns an auditor's query parameters into a filter, naming each parameter that is wrong and what
 * it should be. Shared by the API and the page, so both accept exactly the same queries.
 */
final class AuditQueries {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  private static final String TIME =
      "a date (2024-05-31) or a time with offset (2024-05-31T14:00:00Z)";

  private AuditQueries() {}

  static AuditFilter filter(String actor, String action, String targetId, String from, String to) {
    FieldErrors errors = new FieldErrors();
    Instant start = time(from, false, "from", errors);
    Instant end = time(to, true, "to", errors);
    if (start != null && end != null && !end.isAfter(start)) {
      errors.add("to", "a time after 'from'");
    }
    checkLength("actor", actor, errors);
    checkLength("action", action, errors);
    checkLength("targetId", targetId, errors);
    errors.throwIfAny();
    return new AuditFilter(
        blankToNull(actor),
        blankToNull(action) == null ? null : action.strip().toUpperCase(Locale.ROOT),
        blankToNull(targetId),
        start,
        end);
  }

  /** The cursor is the sequence number of the last event of the previous page. */
  static Long cursor(String cursor) {
    if (blankToNull(cursor) == null) {
      return null;
    }
    try {
      long seq = Long.parseLong(cursor.strip());
      if (seq > 0) {
        return seq;
      }
    } catch (NumberFormatException e) {
      // reported below, like any other bad cursor
    }
    FieldErrors errors = new FieldErrors();
    errors.add("cursor", "the nextCursor of a previous page");
    errors.throwIfAny();
    return null;
  }

  static int limit(String limit) {
    if (blankToNull(limit) == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(limit.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    FieldErrors errors = new FieldErrors();
    errors.add("limit", "a whole number from 1 to " + MAX_LIMIT);
    errors.throwIfAny();
    return DEFAULT_LIMIT;
  }

  /** A date means the whole day (UTC): as 'from' its start, as 'to' the start of the next day. */
  private static Instant time(String text, boolean end, String field, FieldErrors errors) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (end ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(field, TIME);
      return null;
    }
  }

  private static void checkLength(String field, String value, FieldErrors errors) {
    if (value != null && value.length() > 100) {
      errors.add(field, "at most 100 characters");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
