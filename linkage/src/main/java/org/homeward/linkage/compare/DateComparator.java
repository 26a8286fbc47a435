package org.homeward.linkage.compare;

import java.util.List;

/**
 * Compares birth dates (and birth years) respecting what is known of each: a year-only date agrees
 * with any date in that year; an estimated date agrees with dates a year either side.
 */
public final class DateComparator extends FieldComparator<PartialDate> {

  static final int EXACT = 0;
  static final int SLIP = 1;
  static final int KNOWN_MONTH = 2;
  static final int KNOWN_PART = 3;
  static final int ESTIMATE = 4;
  static final int NEAR = 5;
  static final int DIFFERENT = 6;

  /**
   * Agreeing to the month (where one date is month-only) is twelve times less likely by chance than
   * agreeing on a bare year, so the two are separate levels. An estimate that holds (a year either
   * side) is its own level too: for one person it is the usual outcome, while two full dates in one
   * year but on different days are rarely one person's.
   */
  private static final List<Level> LEVELS =
      List.of(
          new Level("exact", "the same date"),
          new Level("slip", "differ by one typing slip (a digit, or day and month swapped)"),
          new Level("known_month", "the same month, as far as both are known (one is month-only)"),
          new Level("known_part", "the same year, as far as both are known (one is year-only)"),
          new Level("estimate", "within a year, where one is estimated"),
          new Level("near", "the same year, but not the same day or month"),
          new Level("different", "different"));

  /** Estimated ages are usually given in whole years, so an estimate may be a year out. */
  private static final int ESTIMATE_YEARS = 1;

  private final PartialDate.Parser parser;

  DateComparator(PartialDate.Parser parser) {
    this.parser = parser;
  }

  @Override
  public PartialDate prepare(String raw) {
    return raw == null || raw.isBlank() ? null : parser.parse(raw);
  }

  /**
   * A date is counted as a full date, a month and a year, as far as it is known: agreeing on a date
   * many records share (1 January, the usual stand-in for an unknown day, or a year of many births)
   * says less than agreeing on a rare one.
   */
  @Override
  public List<String> frequencyKeys(PartialDate date) {
    String year = frequencyKey("year", Integer.toString(date.year()));
    String month = frequencyKey("month", date.year() + "-" + date.month());
    String day = frequencyKey("day", date.year() + "-" + date.month() + "-" + date.day());
    return switch (date.precision()) {
      case DAY -> List.of(day, month, year);
      case MONTH -> List.of(month, year);
      case YEAR -> List.of(year);
    };
  }

  @Override
  public int[] frequencyKeyIndexes(int keys, int otherKeys, int level) {
    // The day is first in a full date's keys, the year last in every date's.
    return switch (level) {
      case EXACT -> keys == 3 ? FIRST : NONE;
      case KNOWN_MONTH -> keys == 3 ? SECOND : keys == 2 ? FIRST : NONE;
      case KNOWN_PART -> keys == 3 ? THIRD : keys == 2 ? SECOND : FIRST;
      default -> NONE;
    };
  }

  private static final int[] FIRST = {0};
  private static final int[] SECOND = {1};
  private static final int[] THIRD = {2};

  @Override
  public List<Level> levels() {
    return LEVELS;
  }

  @Override
  public int level(PartialDate a, PartialDate b) {
    boolean estimated = a.estimated() || b.estimated();
    int years = Math.abs(a.year() - b.year());
    if (a.precision() == PartialDate.Precision.DAY && b.precision() == PartialDate.Precision.DAY) {
      if (a.equals(b) || (years == 0 && a.month() == b.month() && a.day() == b.day())) {
        return EXACT;
      }
      if (oneSlip(a, b) || (years == 0 && a.month() == b.day() && a.day() == b.month())) {
        return SLIP;
      }
      if (estimated && years <= ESTIMATE_YEARS) {
        return ESTIMATE;
      }
      return years == 0 ? NEAR : DIFFERENT;
    }
    // At least one is partial: compare as far as the less precise one goes.
    boolean monthsKnown = a.month() > 0 && b.month() > 0;
    if (years == 0 && monthsKnown && a.month() == b.month()) {
      return KNOWN_MONTH;
    }
    if (years == 0 && !monthsKnown) {
      return KNOWN_PART;
    }
    if (estimated && years <= ESTIMATE_YEARS) {
      return ESTIMATE;
    }
    // Same year with months differing is near; a one-digit slip in a bare year is not checked:
    // most years of a generation are one digit apart.
    return years == 0 ? NEAR : DIFFERENT;
  }

  /**
   * Whether the two dates' yyyyMMdd digits differ by one digit or by two neighbours swapped (what
   * {@link Similarity#oneSlip} finds, for strings of one length), without building strings: this
   * runs for every pair of full dates.
   */
  private static boolean oneSlip(PartialDate a, PartialDate b) {
    if (a.year() < 0 || a.year() > 9999 || b.year() < 0 || b.year() > 9999) {
      return Similarity.oneSlip(digits(a), digits(b));
    }
    int x = a.year() * 10_000 + a.month() * 100 + a.day();
    int y = b.year() * 10_000 + b.month() * 100 + b.day();
    int[] dx = new int[8];
    int[] dy = new int[8];
    for (int i = 7; i >= 0; i--) {
      dx[i] = x % 10;
      dy[i] = y % 10;
      x /= 10;
      y /= 10;
    }
    int first = -1;
    int differences = 0;
    for (int i = 0; i < 8; i++) {
      if (dx[i] != dy[i]) {
        differences++;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (differences == 1) {
      return true;
    }
    return differences == 2
        && first + 1 < 8
        && dx[first] == dy[first + 1]
        && dx[first + 1] == dy[first];
  }

  private static String digits(PartialDate d) {
    return String.format("%04d%02d%02d", d.year(), d.month(), d.day());
  }
}
