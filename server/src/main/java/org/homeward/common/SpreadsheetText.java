package org.homeward.common;

/** Text written into a CSV or spreadsheet cell. */
public final class SpreadsheetText {
  private SpreadsheetText() {}

  /**
   * The text, with a leading quote when it starts like a formula (=, +, -, @, tab, return), so a
   * spreadsheet program shows it instead of running it.
   */
  public static String defused(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
  }
}
