package org.homeward.statistics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cell suppression for tables that will be published. Primary: every cell or margin with a count
 * from 1 to {@code threshold - 1}. Secondary: no line (categories and their total) may have exactly
 * one suppressed cell, or subtraction would give it back; the smallest non-zero cell of such a line
 * is suppressed too, until no line has one. Last, a check on the whole system of line equations: if
 * any suppressed cell is still determined by the published cells (several lines combined), one more
 * cell next to it is suppressed, and the check repeats.
 */
final class DisclosureControl {
  /** Above this many suppressed cells the breakdown is too fine to check, and to publish. */
  static final int MAX_SUPPRESSED = 400;

  private DisclosureControl() {}

  static BitSet suppress(AggregateTable table, int threshold) {
    BitSet suppressed = new BitSet(table.cellCount());
    for (int i = 0; i < table.cellCount(); i++) {
      long v = table.value(i);
      if (v >= 1 && v < threshold) {
        suppressed.set(i);
      }
    }
    List<int[]> lines = table.lines();
    while (true) {
      protectLines(table, lines, suppressed);
      if (suppressed.cardinality() > MAX_SUPPRESSED) {
        throw new AggregateTable.TooFineException(
            "The breakdown has too many small counts to publish safely ("
                + suppressed.cardinality()
                + " cells to suppress): use fewer or coarser dimensions.");
      }
      int determined = firstDetermined(lines, suppressed);
      if (determined < 0) {
        return suppressed;
      }
      suppressNeighbour(table, lines, suppressed, determined);
    }
  }

  /** Secondary suppression until no line has exactly one suppressed cell. */
  private static void protectLines(AggregateTable table, List<int[]> lines, BitSet suppressed) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] line : lines) {
        int count = 0;
        for (int cell : line) {
          if (suppressed.get(cell)) {
            count++;
          }
        }
        if (count == 1) {
          int complement = complement(table, line, suppressed);
          if (complement >= 0) {
            suppressed.set(complement);
            changed = true;
          }
        }
      }
    }
  }

  /** The smallest non-zero published category of the line; its total when there is none. */
  private static int complement(AggregateTable table, int[] line, BitSet suppressed) {
    int best = -1;
    for (int k = 0; k < line.length - 1; k++) {
      int cell = line[k];
      if (!suppressed.get(cell)
          && table.value(cell) > 0
          && (best < 0 || table.value(cell) < table.value(best))) {
        best = cell;
      }
    }
    int total = line[line.length - 1];
    return best >= 0 ? best : suppressed.get(total) ? -1 : total;
  }

  /**
   * Suppresses one more cell to take away what determines {@code determined}: in a line through it
   * if one has a cell left to suppress, else in any line that holds a suppressed cell (the cell is
   * pinned down by equations over other lines).
   */
  private static void suppressNeighbour(
      AggregateTable table, List<int[]> lines, BitSet suppressed, int determined) {
    int fallback = -1;
    for (int[] line : lines) {
      boolean through = false;
      boolean touched = false;
      for (int cell : line) {
        through |= cell == determined;
        touched |= suppressed.get(cell);
      }
      if (!touched) {
        continue;
      }
      int complement = complement(table, line, suppressed);
      if (complement >= 0 && through) {
        suppressed.set(complement);
        return;
      }
      if (complement >= 0 && (fallback < 0 || table.value(complement) < table.value(fallback))) {
        fallback = complement;
      }
    }
    if (fallback < 0) {
      throw new AggregateTable.TooFineException(
          "The breakdown cannot be published safely: use fewer or coarser dimensions.");
    }
    suppressed.set(fallback);
  }

  /**
   * A suppressed cell whose value follows from the published cells through the line equations, or
   * -1 when none does. A cell x is determined exactly when the unit vector of x lies in the row
   * space of the equations over the suppressed cells (reduced row echelon form below).
   */
  static int firstDetermined(List<int[]> lines, BitSet suppressed) {
    Map<Integer, Integer> column = new HashMap<>();
    List<Integer> cells = new ArrayList<>();
    for (int i = suppressed.nextSetBit(0); i >= 0; i = suppressed.nextSetBit(i + 1)) {
      column.put(i, cells.size());
      cells.add(i);
    }
    if (cells.isEmpty()) {
      return -1;
    }
    List<double[]> rows = new ArrayList<>();
    for (int[] line : lines) {
      double[] row = null;
      for (int k = 0; k < line.length; k++) {
        Integer c = column.get(line[k]);
        if (c != null) {
          if (row == null) {
            row = new double[cells.size()];
          }
          row[c] = k == line.length - 1 ? -1 : 1;
        }
      }
      if (row != null) {
        rows.add(row);
      }
    }
    double[][] m = rows.toArray(double[][]::new);
    int[] pivotRowOf = reduce(m, cells.size());
    for (int c = 0; c < cells.size(); c++) {
      int r = pivotRowOf[c];
      if (r < 0) {
        continue; // a free variable: not determined
      }
      boolean alone = true;
      for (int j = 0; j < cells.size() && alone; j++) {
        alone = j == c || Math.abs(m[r][j]) < 1e-9;
      }
      if (alone) {
        return cells.get(c);
      }
    }
    return -1;
  }

  /** Reduced row echelon form in place; for each column the row of its pivot, or -1. */
  private static int[] reduce(double[][] m, int columns) {
    int[] pivotRowOf = new int[columns];
    java.util.Arrays.fill(pivotRowOf, -1);
    int row = 0;
    for (int c = 0; c < columns && row < m.length; c++) {
      int best = -1;
      for (int r = row; r < m.length; r++) {
        if (Math.abs(m[r][c]) > 1e-9 && (best < 0 || Math.abs(m[r][c]) > Math.abs(m[best][c]))) {
          best = r;
        }
      }
      if (best < 0) {
        continue;
      }
      double[] swap = m[row];
      m[row] = m[best];
      m[best] = swap;
      double pivot = m[row][c];
      for (int j = 0; j < columns; j++) {
        m[row][j] /= pivot;
      }
      for (int r = 0; r < m.length; r++) {
        if (r != row && Math.abs(m[r][c]) > 1e-9) {
          double f = m[r][c];
          for (int j = 0; j < columns; j++) {
            m[r][j] -= f * m[row][j];
          }
        }
      }
      pivotRowOf[c] = row++;
    }
    return pivotRowOf;
  }
}
