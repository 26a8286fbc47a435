package org.homeward.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A birth date known exactly, to the month, to the year, or estimated from a stated age. It keeps
 * the range of days it allows, so that comparisons and age bands can respect what is really known.
 *
 * @param date the date itself (EXACT), the first day of the month or year, or for ESTIMATED the
 *     central estimate (half a year either side of it is allowed)
 */
public record PartialDate(
    LocalDate date, DatePrecision precision, LocalDate earliest, LocalDate latest) {

  public PartialDate {
    Objects.requireNonNull(date);
    Objects.requireNonNull(precision);
    if (earliest.isAfter(latest) || date.isBefore(earliest) || date.isAfter(latest)) {
      throw new IllegalArgumentException("inconsistent partial date range");
    }
  }

  public static PartialDate exact(LocalDate date) {
    return new PartialDate(date, DatePrecision.EXACT, date, date);
  }

  public static PartialDate month(YearMonth month) {
    return new PartialDate(
        month.atDay(1), DatePrecision.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  public static PartialDate year(Year year) {
    return new PartialDate(
        year.atDay(1),
        DatePrecision.YEAR,
        year.atDay(1),
        year.atMonthDay(java.time.MonthDay.of(12, 31)));
  }

  /** Someone who said on {@code statedOn} that they were {@code age} was born in this range. */
  public static PartialDate estimatedFromAge(int age, LocalDate statedOn) {
    if (age < 0 || age > 130) {
      throw new IllegalArgumentException("an age from 0 to 130");
    }
    LocalDate latest = statedOn.minusYears(age);
    LocalDate earliest = statedOn.minusYears(age + 1L).plusDays(1);
    return new PartialDate(latest.minusMonths(6), DatePrecision.ESTIMATED, earliest, latest);
  }

  /**
   * Reads the text form for a precision: {@code yyyy-MM-dd} for EXACT and ESTIMATED, {@code
   * yyyy-MM} for MONTH, {@code yyyy} for YEAR.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public static PartialDate parse(String text, DatePrecision precision) {
    try {
      return switch (precision) {
        case EXACT -> exact(LocalDate.parse(requireShape(text, "\\d{4}-\\d{2}-\\d{2}")));
        case MONTH -> month(YearMonth.parse(requireShape(text, "\\d{4}-\\d{2}")));
        case YEAR -> year(Year.parse(requireShape(text, "\\d{4}")));
        case ESTIMATED -> {
          LocalDate date = LocalDate.parse(requireShape(text, "\\d{4}-\\d{2}-\\d{2}"));
          yield new PartialDate(
              date, DatePrecision.ESTIMATED, date.minusMonths(6), date.plusMonths(6));
        }
      };
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(expectedShape(precision));
    }
  }

  public static String expectedShape(DatePrecision precision) {
    return switch (precision) {
      case EXACT -> "a date as yyyy-MM-dd for precision EXACT";
      case MONTH -> "a month as yyyy-MM (no day) for precision MONTH";
      case YEAR -> "a year as yyyy (no month or day) for precision YEAR";
      case ESTIMATED -> "a date as yyyy-MM-dd, or statedAge with statedOn, for precision ESTIMATED";
    };
  }

  private static String requireShape(String text, String regex) {
    if (text == null || !text.matches(regex)) {
      throw new DateTimeException("shape");
    }
    return text;
  }

  /** The form a registrar reads and the API writes: only the parts that are known. */
  public String text() {
    return switch (precision) {
      case EXACT, ESTIMATED -> date.toString();
      case MONTH -> YearMonth.from(date).toString();
      case YEAR -> String.valueOf(date.getYear());
    };
  }

  public boolean isAfter(LocalDate day) {
    return earliest.isAfter(day);
  }

  /** Age in whole years on a day, taken from the latest possible birth date. */
  public int ageOn(LocalDate day) {
    return Math.max(0, Period.between(latest, day).getYears());
  }
}
