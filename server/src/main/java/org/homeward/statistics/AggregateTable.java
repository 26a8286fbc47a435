package org.homeward.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.homeward.registry.AgeBand;

/**
 * A table of counts over one or more dimensions with all its margins: each dimension has its
 * categories and, after them, a "Total" position. Every cell, margin or not, is addressed by one
 * coordinate per dimension. Along any dimension, the categories of a line add up to the line's
 * total; disclosure control works on exactly these lines.
 */
final class AggregateTable {
  static final String TOTAL = "Total";

  private final List<Dimension> dimensions;
  private final List<List<String>> categories;
  private final int[] sizes;
  private final long[] values;

  private AggregateTable(List<Dimension> dimensions, List<List<String>> categories) {
    this.dimensions = List.copyOf(dimensions);
    this.categories = categories;
    this.sizes = categories.stream().mapToInt(c -> c.size() + 1).toArray();
    long cells = 1;
    for (int s : sizes) {
      cells *= s;
    }
    if (cells > 2_000_000) {
      throw new TooFineException(
          "The breakdown would have " + cells + " cells: use fewer or coarser dimensions.");
    }
    this.values = new long[(int) cells];
  }

  /** The table of these counts (keys in dimension order), margins summed from them. */
  static AggregateTable of(List<Dimension> dimensions, Map<List<String>, Long> counts) {
    List<List<String>> categories = new ArrayList<>();
    for (int d = 0; d < dimensions.size(); d++) {
      TreeSet<String> seen = new TreeSet<>(order(dimensions.get(d)));
      for (List<String> key : counts.keySet()) {
        seen.add(key.get(d));
      }
      categories.add(List.copyOf(seen));
    }
    AggregateTable t = new AggregateTable(dimensions, categories);
    int[] coords = new int[dimensions.size()];
    for (Map.Entry<List<String>, Long> e : counts.entrySet()) {
      for (int d = 0; d < coords.length; d++) {
        coords[d] = categories.get(d).indexOf(e.getKey().get(d));
      }
      t.addToCellAndMargins(coords, e.getValue(), 0);
    }
    return t;
  }

  /** Adds to the cell and to every margin over it (each subset of coordinates set to Total). */
  private void addToCellAndMargins(int[] coords, long n, int from) {
    if (from == coords.length) {
      values[index(coords)] += n;
      return;
    }
    addToCellAndMargins(coords, n, from + 1);
    int kept = coords[from];
    coords[from] = sizes[from] - 1;
    addToCellAndMargins(coords, n, from + 1);
    coords[from] = kept;
  }

  private static Comparator<String> order(Dimension d) {
    if (d == Dimension.AGE_BAND) {
      return Comparator.comparingInt(
          label -> AgeBand.fromLabel(label).map(Enum::ordinal).orElse(Integer.MAX_VALUE));
    }
    return Comparator.naturalOrder();
  }

  List<Dimension> dimensions() {
    return dimensions;
  }

  List<List<String>> categories() {
    return categories;
  }

  int cellCount() {
    return values.length;
  }

  long value(int index) {
    return values[index];
  }

  int size(int dimension) {
    return sizes[dimension];
  }

  boolean isTotal(int dimension, int coordinate) {
    return coordinate == sizes[dimension] - 1;
  }

  int index(int[] coords) {
    int index = 0;
    for (int d = 0; d < coords.length; d++) {
      index = index * sizes[d] + coords[d];
    }
    return index;
  }

  int[] coords(int index) {
    int[] coords = new int[sizes.length];
    for (int d = sizes.length - 1; d >= 0; d--) {
      coords[d] = index % sizes[d];
      index /= sizes[d];
    }
    return coords;
  }

  /** The labels of a cell, "Total" for a margin's coordinate. */
  List<String> key(int index) {
    int[] c = coords(index);
    List<String> key = new ArrayList<>();
    for (int d = 0; d < c.length; d++) {
      key.add(isTotal(d, c[d]) ? TOTAL : categories.get(d).get(c[d]));
    }
    return key;
  }

  /**
   * Every line of the table: the cells that differ only in one dimension's coordinate, categories
   * first and the line's total last. A line's categories add up to its total.
   */
  List<int[]> lines() {
    List<int[]> lines = new ArrayList<>();
    for (int d = 0; d < sizes.length; d++) {
      int[] others = new int[sizes.length];
      do {
        int[] line = new int[sizes[d]];
        int[] c = others.clone();
        for (int k = 0; k < sizes[d]; k++) {
          c[d] = k;
          line[k] = index(c);
        }
        lines.add(line);
      } while (next(others, d));
    }
    return lines;
  }

  /** Steps through every combination of coordinates except dimension {@code skip}. */
  private boolean next(int[] coords, int skip) {
    for (int d = coords.length - 1; d >= 0; d--) {
      if (d == skip) {
        continue;
      }
      if (++coords[d] < sizes[d]) {
        return true;
      }
      coords[d] = 0;
    }
    return false;
  }

  @Override
  public String toString() {
    return "AggregateTable" + dimensions + Arrays.toString(sizes);
  }

  /** A breakdown too fine to compute or to protect. */
  static final class TooFineException extends RuntimeException {
    TooFineException(String message) {
      super(message);
    }
  }
}
