package org.homeward.linkage.blocking;

import java.util.Arrays;
import java.util.Map;
import org.homeward.linkage.compare.PreparedRecords;

/**
 * The rows of each blocking key, grown as records are added: what the batch blocker and the
 * incremental index both build, in one place.
 */
public final class RowBlocks {
  private RowBlocks() {}

  /** A growable list of row numbers, ascending as rows are added in order. */
  public static final class Rows {
    int[] values = new int[2];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    public int size() {
      return size;
    }

    public int get(int i) {
      return values[i];
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** Adds each record's keys under a rule, rows offset by {@code first}, each row once per key. */
  public static void group(
      BlockingRule rule, PreparedRecords records, int first, Map<String, Rows> blocks) {
    for (int row = 0; row < records.size(); row++) {
      int r = first + row;
      rule.keys()
          .keys(
              records,
              row,
              key -> {
                Rows list = blocks.computeIfAbsent(key, k -> new Rows());
                if (list.size == 0 || list.values[list.size - 1] != r) {
                  list.add(r);
                }
              });
    }
  }
}
