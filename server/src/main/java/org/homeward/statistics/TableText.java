package org.homeward.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table as plain text for the terminal: one dimension as a list, two as a cross-table with
 * totals, more as one line per cell. A suppressed cell shows as "x".
 */
final class TableText {
  static final String HIDDEN = "x";

  private TableText() {}

  static String render(StatisticsTable t) {
    List<List<String>> grid = t.dimensions().size() == 2 ? crossTable(t) : longTable(t);
    StringBuilder out = new StringBuilder();
    int[] widths = new int[grid.get(0).size()];
    for (List<String> row : grid) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).codePointCount(0, row.get(c).length()));
      }
    }
    for (List<String> row : grid) {
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        String pad = " ".repeat(widths[c] - cell.codePointCount(0, cell.length()));
        // labels left-aligned, counts right-aligned
        out.append(
            c < (t.dimensions().size() == 2 ? 1 : t.dimensions().size()) ? cell + pad : pad + cell);
        out.append(c == row.size() - 1 ? "\n" : "  ");
      }
    }
    out.append('\n').append("Query: ").append(t.query()).append('\n');
    out.append("Computed at ")
        .append(t.computedAt())
        .append(", data version ")
        .append(t.dataVersion());
    if (t.publicRelease()) {
      out.append('\n')
          .append(HIDDEN)
          .append(" = suppressed: a count from 1 to ")
          .append(t.threshold() - 1)
          .append(", or a cell that would let one be worked out from the totals.");
    }
    if (t.roundTo() > 1) {
      out.append("\nCounts rounded to the nearest ").append(t.roundTo()).append('.');
    }
    return out.append('\n').toString();
  }

  private static String show(StatisticsTable.Cell c) {
    return c.suppressed() ? HIDDEN : String.valueOf(c.count());
  }

  private static List<List<String>> crossTable(StatisticsTable t) {
    Map<List<String>, StatisticsTable.Cell> cells = new HashMap<>();
    t.cells().forEach(c -> cells.put(c.key(), c));
    List<String> rows = new ArrayList<>(t.categories().get(0));
    rows.add(AggregateTable.TOTAL);
    List<String> columns = new ArrayList<>(t.categories().get(1));
    columns.add(AggregateTable.TOTAL);
    List<List<String>> grid = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(t.dimensions().get(0) + " \\ " + t.dimensions().get(1));
    header.addAll(columns);
    grid.add(header);
    for (String r : rows) {
      List<String> line = new ArrayList<>();
      line.add(r);
      for (String c : columns) {
        line.add(show(cells.get(List.of(r, c))));
      }
      grid.add(line);
    }
    return grid;
  }

  private static List<List<String>> longTable(StatisticsTable t) {
    List<List<String>> grid = new ArrayList<>();
    List<String> header = new ArrayList<>(t.dimensions());
    header.add("count");
    grid.add(header);
    for (StatisticsTable.Cell c : t.cells()) {
      List<String> line = new ArrayList<>(c.key());
      line.add(show(c));
      grid.add(line);
    }
    return grid;
  }
}
