package org.homeward.linkage.explain;

import java.util.Locale;

/**
 * What one field says about a pair.
 *
 * @param column the compared column
 * @param kind its kind's settings name
 * @param level level code reached ({@code exact}, {@code close} ...), or {@code missing}
 * @param phrase the level in words, e.g. "the same family names in another spelling or script"
 * @param bits contribution to the match weight, log2 of the Bayes factor (positive: same person)
 * @param note extra words, e.g. "a rare name", or ""
 * @param leftValue the left record's value as written
 * @param rightValue the right record's value as written
 */
public record FieldEvidence(
    String column,
    String kind,
    String level,
    String phrase,
    double bits,
    String note,
    String leftValue,
    String rightValue) {

  /** e.g. "birth_date: agree as far as both are known (year or month only) (+2.1)". */
  public String sentence() {
    String subject = column.replace('_', ' ');
    String text = subject + ": " + phrase + (note.isEmpty() ? "" : ", " + note);
    return String.format(Locale.ROOT, "%s (%+.1f)", text, bits);
  }
}
