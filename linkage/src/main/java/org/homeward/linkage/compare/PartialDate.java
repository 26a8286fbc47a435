package org.homeward.linkage.compare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A birth date known to the day, the month or only the year, possibly estimated (from an age, or
 * marked "~1990", "c. 1990", "1990?"). A year-only date is not January 1st: it agrees with every
 * date in that year.
 *
 * @param year the year
 * @param month 1-12, or 0 when unknown
 * @param day 1-31, or 0 when unknown (always 0 when month is)
 * @param estimated true when the writer marked the date as approximate
 */
public record PartialDate(int year, int month, int day, boolean estimated) {

  /** How much of a date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  public PartialDate {
    if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("bad partial date " + year + "-" + month + "-" + day);
    }
  }

  public Precision precision() {
    return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** yyyy, yyyy-MM or yyyy-MM-dd, prefixed with ~ when estimated. */
  @Override
  public String toString() {
    String text =
        switch (precision()) {
          case YEAR -> String.format("%04d", year);
          case MONTH -> String.format("%04d-%02d", year, month);
          case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    return estimated ? "~" + text : text;
  }

  /**
   * Marks of an approximate date before or after the value: "~1990", "c. 1990", "ca 1990", "circa
   * 1990", "about 1990", "est. 1990", "1990?", "1990 (est)".
   */
  private static final Pattern ESTIMATE_PREFIX =
      Pattern.compile(
          "^(~|≈|c\\.|ca\\.?|circa|about|approx\\.?|est\\.?|estimated)\\s*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ESTIMATE_SUFFIX =
      Pattern.compile("\\s*(\\?|\\(est\\.?\\)|\\(estimated\\))$", Pattern.CASE_INSENSITIVE);

  /** Parses values of one column; thread-safe. */
  public static final class Parser {
    private final DateTimeFormatter formatter;
    private final String description;

    private Parser(DateTimeFormatter formatter, String description) {
      this.formatter = formatter;
      this.description = description;
    }

    /** What a value should look like, for messages. */
    public String description() {
      return description;
    }

    /** The date, or null when {@code text} is blank or does not fit the pattern. */
    public PartialDate parse(String text) {
      String value = text.trim();
      boolean estimated = false;
      var prefix = ESTIMATE_PREFIX.matcher(value);
      if (prefix.find()) {
        estimated = true;
        value = value.substring(prefix.end());
      }
      var suffix = ESTIMATE_SUFFIX.matcher(value);
      if (suffix.find()) {
        estimated = true;
        value = value.substring(0, suffix.start());
      }
      if (value.isEmpty()) {
        return null;
      }
      TemporalAccessor parsed;
      try {
        parsed = formatter.parse(value);
      } catch (DateTimeParseException e) {
        return null;
      }
      if (!parsed.isSupported(ChronoField.YEAR)) {
        return null;
      }
      int year = parsed.get(ChronoField.YEAR);
      if (!parsed.isSupported(ChronoField.MONTH_OF_YEAR)) {
        return new PartialDate(year, 0, 0, estimated);
      }
      int month = parsed.get(ChronoField.MONTH_OF_YEAR);
      if (!parsed.isSupported(ChronoField.DAY_OF_MONTH)) {
        return new PartialDate(year, month, 0, estimated);
      }
      // STRICT resolution already rejected impossible days (30 February) as unparseable.
      LocalDate date = LocalDate.from(parsed);
      return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), estimated);
    }
  }

  /**
   * A parser for a java.time pattern, optional sections allowed ({@code yyyy[-MM[-dd]]}): a value
   * that stops after the year or month gives a date of that precision. Dates are checked strictly,
   * so 30 February does not fit.
   */
  public static Parser parser(String pattern) {
    DateTimeFormatter formatter;
    try {
      formatter =
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern(prolepticYears(pattern))
              .toFormatter(Locale.ROOT)
              .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a java.time pattern: " + pattern, e);
    }
    return new Parser(formatter, "the pattern " + pattern);
  }

  /** Parser for birth years: "1990", or estimated "~1990", "c. 1990", "1990?". */
  public static Parser yearParser() {
    Parser years = parser("uuuu");
    return new Parser(years.formatter, "a four-digit year");
  }

  /**
   * STRICT resolution needs an era for year-of-era ({@code y}); birth dates have none, so {@code y}
   * letters outside quotes become proleptic years ({@code u}).
   */
  private static String prolepticYears(String pattern) {
    if (pattern.indexOf('G') >= 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      out.append(!quoted && c == 'y' ? 'u' : c);
    }
    return out.toString();
  }
}
