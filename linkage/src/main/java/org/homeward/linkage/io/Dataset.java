package org.homeward.linkage.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.homeward.linkage.settings.LinkageSettings;

/**
 * The rows of one list, reduced to the id and the compared fields (in settings order); columns the
 * settings do not name are not kept. Values are trimmed; a missing value is "".
 *
 * @param source name used in messages (usually the file path)
 * @param settings the settings the values follow
 * @param ids row ids in file order, unique
 * @param values {@code values[field][row]}
 * @param issues values found unusable and treated as missing (e.g. dates not fitting the pattern)
 */
public record Dataset(
    String source,
    LinkageSettings settings,
    List<String> ids,
    String[][] values,
    List<ValueIssue> issues) {

  public Dataset {
    Objects.requireNonNull(source, "source");
    ids = List.copyOf(ids);
    issues = List.copyOf(issues);
    if (values.length != settings.fields().size()) {
      throw new IllegalArgumentException("one value column per field expected");
    }
    for (String[] column : values) {
      if (column.length != ids.size()) {
        throw new IllegalArgumentException("one value per row expected");
      }
    }
  }

  public int size() {
    return ids.size();
  }

  public String value(int field, int row) {
    return values[field][row];
  }

  /** Row index of each id. */
  public Map<String, Integer> rowsById() {
    Map<String, Integer> rows = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      rows.put(ids.get(i), i);
    }
    return rows;
  }

  /**
   * Values of one column that could not be used, e.g. dates not fitting the settings' pattern.
   *
   * @param column the CSV column
   * @param count how many rows
   * @param firstLines the first few line numbers, for the message
   * @param expected what a value should look like
   */
  public record ValueIssue(String column, int count, List<Long> firstLines, String expected) {
    public ValueIssue {
      firstLines = List.copyOf(firstLines);
    }

    /** A message without the values themselves: they may be personal data. */
    public String message(String source) {
      return String.format(
          "%s: column %s: %d value%s did not fit %s and %s treated as missing (line%s %s%s)",
          source,
          column,
          count,
          count == 1 ? "" : "s",
          expected,
          count == 1 ? "is" : "are",
          firstLines.size() == 1 ? "" : "s",
          String.join(", ", firstLines.stream().map(String::valueOf).toList()),
          count > firstLines.size() ? ", ..." : "");
    }
  }
}
