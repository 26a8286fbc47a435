package org.homeward.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.common.FieldErrors;

/**
 * One aggregate table asked for: its dimensions, whether it is for publication (then small cells
 * are suppressed below {@code threshold} and counts optionally rounded to {@code roundTo}), an
 * optional range of repatriation months, and the day ages are counted on.
 */
public record StatisticsQuery(
    List<Dimension> dimensions,
    boolean publicRelease,
    int threshold,
    int roundTo,
    YearMonth from,
    YearMonth to,
    LocalDate asOf) {
  public static final int DEFAULT_THRESHOLD = 10;
  public static final int MAX_DIMENSIONS = 4;

  public StatisticsQuery {
    dimensions = List.copyOf(dimensions);
  }

  /** Parses a request; every wrong part is named with what was expected. */
  public static StatisticsQuery parse(
      String by,
      Boolean publicRelease,
      Integer threshold,
      Integer roundTo,
      String from,
      String to,
      String asOf,
      LocalDate today) {
    FieldErrors errors = new FieldErrors();
    Set<Dimension> dims = new LinkedHashSet<>();
    String known =
        Arrays.stream(Dimension.values()).map(Dimension::label).collect(Collectors.joining(", "));
    if (by == null || by.isBlank()) {
      errors.add("by", "1 to " + MAX_DIMENSIONS + " dimensions, comma-separated, from: " + known);
    } else {
      for (String part : by.split(",")) {
        Dimension d = Dimension.fromLabel(part).orElse(null);
        if (d == null) {
          errors.add(
              "by", "known dimensions only (" + known + "); '" + part.strip() + "' is not one");
        } else if (!dims.add(d)) {
          errors.add("by", "each dimension once; '" + d.label() + "' is repeated");
        }
      }
      if (dims.size() > MAX_DIMENSIONS) {
        errors.add("by", "at most " + MAX_DIMENSIONS + " dimensions");
      }
    }
    int minimum = threshold == null ? DEFAULT_THRESHOLD : threshold;
    if (minimum < 1) {
      errors.add(
          "threshold", "the smallest count that may be published, a whole number of at least 1");
    }
    int base = roundTo == null ? 1 : roundTo;
    if (base < 1 || base > 1000) {
      errors.add("round", "a rounding base from 1 (no rounding) to 1000");
    }
    YearMonth fromMonth = month(from, "from", errors);
    YearMonth toMonth = month(to, "to", errors);
    if (fromMonth != null && toMonth != null && toMonth.isBefore(fromMonth)) {
      errors.add("to", "a month on or after 'from' (" + fromMonth + "): the range is backwards");
    }
    LocalDate day = today;
    if (asOf != null && !asOf.isBlank()) {
      try {
        day = LocalDate.parse(asOf.strip());
      } catch (DateTimeParseException e) {
        errors.add("asOf", "a date as yyyy-MM-dd");
      }
    }
    errors.throwIfAny();
    return new StatisticsQuery(
        new ArrayList<>(dims),
        Boolean.TRUE.equals(publicRelease),
        minimum,
        base,
        fromMonth,
        toMonth,
        day);
  }

  private static YearMonth month(String text, String field, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(field, "a month as yyyy-MM");
      return null;
    }
  }

  /** This query as it would be typed on the command line, for the record of a published table. */
  public String text() {
    StringBuilder s =
        new StringBuilder("--by ")
            .append(dimensions.stream().map(Dimension::label).collect(Collectors.joining(",")));
    if (publicRelease) {
      s.append(" --public --threshold ").append(threshold);
    }
    if (roundTo > 1) {
      s.append(" --round ").append(roundTo);
    }
    if (from != null) {
      s.append(" --from ").append(from);
    }
    if (to != null) {
      s.append(" --to ").append(to);
    }
    return s.append(" --as-of ").append(asOf).toString();
  }
}
