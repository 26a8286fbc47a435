package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The published table with its margins must not give back any suppressed cell. An attacker here
 * knows every published count and that each line's categories add up to its total, and searches all
 * non-negative whole numbers for the suppressed cells: for every suppressed cell it must find a
 * second solution in which that cell has another value.
 */
class DisclosureControlTest {
  private static final int THRESHOLD = 10;

  @Test
  void noSuppressedCellCanBeRecomputedFromThePublishedTableAndItsMargins() {
    int checked = 0;
    for (int seed = 0; seed < 120; seed++) {
      Random random = new Random(seed);
      AggregateTable table =
          seed % 2 == 0
              ? randomTable(random, List.of(Dimension.NATIONALITY, Dimension.AGE_BAND), 4, 5)
              : randomTable(
                  random,
                  List.of(Dimension.NATIONALITY, Dimension.SEX, Dimension.CUSTODY_STATUS),
                  3,
                  3,
                  2);
      BitSet suppressed = DisclosureControl.suppress(table, THRESHOLD);
      for (int i = 0; i < table.cellCount(); i++) {
        long v = table.value(i);
        if (v >= 1 && v < THRESHOLD) {
          assertThat(suppressed.get(i)).as("small cell %s of seed %d", table.key(i), seed).isTrue();
        }
      }
      if (suppressed.cardinality() > 12) {
        continue; // beyond what the brute-force attacker below can search in a unit test
      }
      Attacker attacker = new Attacker(table, suppressed);
      for (int cell = suppressed.nextSetBit(0); cell >= 0; cell = suppressed.nextSetBit(cell + 1)) {
        assertThat(attacker.canFindAnotherValueFor(cell))
            .as("suppressed cell %s of seed %d is recomputable", table.key(cell), seed)
            .isTrue();
        checked++;
      }
    }
    assertThat(checked).as("suppressed cells put to the attacker").isGreaterThan(200);
  }

  @Test
  void largerSparseTablesEndWithNoSuppressedCellDeterminedByTheEquations() {
    int protectedTables = 0;
    for (int seed = 0; seed < 60; seed++) {
      Random random = new Random(1000 + seed);
      AggregateTable table =
          randomTable(
              random, List.of(Dimension.NATIONALITY, Dimension.AGE_BAND, Dimension.SEX), 8, 5, 3);
      BitSet suppressed;
      try {
        suppressed = DisclosureControl.suppress(table, THRESHOLD);
      } catch (AggregateTable.TooFineException e) {
        continue; // refusing to publish is a safe answer
      }
      assertThat(DisclosureControl.firstDetermined(table.lines(), suppressed))
          .as("seed %d", seed)
          .isEqualTo(-1);
      protectedTables++;
    }
    assertThat(protectedTables).isGreaterThan(30);
  }

  @Test
  void aLoneSmallCellIsProtectedByAComplementInEveryLine() {
    Map<List<String>, Long> counts = new HashMap<>();
    counts.put(List.of("KAZ", "0-4"), 3L);
    counts.put(List.of("KAZ", "5-11"), 40L);
    counts.put(List.of("TJK", "0-4"), 55L);
    counts.put(List.of("TJK", "5-11"), 70L);
    AggregateTable table =
        AggregateTable.of(List.of(Dimension.NATIONALITY, Dimension.AGE_BAND), counts);

    BitSet suppressed = DisclosureControl.suppress(table, THRESHOLD);

    // 3 is primary; its row and column each need a second cell, and so on around the square
    assertThat(keys(table, suppressed))
        .containsExactlyInAnyOrder(
            List.of("KAZ", "0-4"),
            List.of("KAZ", "5-11"),
            List.of("TJK", "0-4"),
            List.of("TJK", "5-11"));
  }

  @Test
  void nothingIsSuppressedWhenEveryCountIsLargeEnoughOrZero() {
    Map<List<String>, Long> counts = new HashMap<>();
    counts.put(List.of("KAZ", "0-4"), 12L);
    counts.put(List.of("TJK", "5-11"), 70L);
    AggregateTable table =
        AggregateTable.of(List.of(Dimension.NATIONALITY, Dimension.AGE_BAND), counts);

    assertThat(DisclosureControl.suppress(table, THRESHOLD).isEmpty()).isTrue();
  }

  private static List<List<String>> keys(AggregateTable table, BitSet suppressed) {
    List<List<String>> keys = new ArrayList<>();
    suppressed.stream().forEach(i -> keys.add(table.key(i)));
    return keys;
  }

  private static AggregateTable randomTable(Random random, List<Dimension> dims, int... sizes) {
    Map<List<String>, Long> counts = new HashMap<>();
    int cells = 1;
    for (int s : sizes) {
      cells *= s;
    }
    for (int c = 0; c < cells; c++) {
      List<String> key = new ArrayList<>();
      int rest = c;
      for (int d = sizes.length - 1; d >= 0; d--) {
        key.add(
            0,
            dims.get(d) == Dimension.AGE_BAND
                ? List.of("0-4", "5-11", "12-17", "18-59", "60+").get(rest % sizes[d])
                : "c" + (rest % sizes[d]));
        rest /= sizes[d];
      }
      double kind = random.nextDouble();
      long value = kind < 0.2 ? 1 + random.nextInt(9) : kind < 0.35 ? 0 : 10 + random.nextInt(40);
      if (value > 0) {
        counts.put(key, value);
      }
    }
    return AggregateTable.of(dims, counts);
  }

  /**
   * Knows the published cells and the line equations; searches whole non-negative values for the
   * suppressed cells, with each value bounded by the published totals of its lines.
   */
  private static final class Attacker {
    private final AggregateTable table;
    private final List<Integer> unknown = new ArrayList<>();
    private final Map<Integer, Integer> position = new HashMap<>();
    private final List<int[]> lines;
    private final long[] bound;

    Attacker(AggregateTable table, BitSet suppressed) {
      this.table = table;
      suppressed.stream()
          .forEach(
              i -> {
                position.put(i, unknown.size());
                unknown.add(i);
              });
      this.lines =
          table.lines().stream()
              .filter(
                  l -> {
                    for (int c : l) {
                      if (position.containsKey(c)) {
                        return true;
                      }
                    }
                    return false;
                  })
              .toList();
      bound = new long[unknown.size()];
      java.util.Arrays.fill(bound, table.value(table.cellCount() - 1));
      for (int[] line : lines) {
        if (!position.containsKey(line[line.length - 1])) {
          long residual = residual(line);
          for (int k = 0; k < line.length - 1; k++) {
            Integer p = position.get(line[k]);
            if (p != null) {
              bound[p] = Math.min(bound[p], residual);
            }
          }
        }
      }
    }

    /** A published total minus its published categories: what the line's unknowns add up to. */
    private long residual(int[] line) {
      long r = table.value(line[line.length - 1]);
      for (int k = 0; k < line.length - 1; k++) {
        if (!position.containsKey(line[k])) {
          r -= table.value(line[k]);
        }
      }
      return r;
    }

    boolean canFindAnotherValueFor(int cell) {
      int target = position.get(cell);
      long[] values = new long[unknown.size()];
      boolean[] assigned = new boolean[unknown.size()];
      assigned[target] = true;
      for (long v = 0; v <= bound[target]; v++) {
        if (v == table.value(cell)) {
          continue;
        }
        values[target] = v;
        if (solve(values, assigned)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Completes the assignment if any completion satisfies every line; propagates forced values.
     */
    private boolean solve(long[] values, boolean[] assigned) {
      if (!feasible(values, assigned)) {
        return false;
      }
      int open = -1;
      for (int[] line : lines) {
        int only = -1;
        int missing = 0;
        long rest = 0;
        for (int k = 0; k < line.length; k++) {
          Integer p = position.get(line[k]);
          long sign = k == line.length - 1 ? -1 : 1;
          if (p == null) {
            rest += sign * table.value(line[k]);
          } else if (assigned[p]) {
            rest += sign * values[p];
          } else {
            missing++;
            only = k;
          }
        }
        if (missing == 1) {
          int p = position.get(line[only]);
          long forced = only == line.length - 1 ? rest : -rest;
          if (forced < 0 || forced > bound[p]) {
            return false;
          }
          assigned[p] = true;
          values[p] = forced;
          boolean ok = solve(values, assigned);
          assigned[p] = false;
          return ok;
        }
        if (missing > 1 && open < 0) {
          open = position.get(line[only]);
        }
      }
      if (open < 0) {
        for (int p = 0; p < assigned.length; p++) {
          if (!assigned[p]) {
            open = p;
            break;
          }
        }
      }
      if (open < 0) {
        return true;
      }
      assigned[open] = true;
      for (long v = 0; v <= bound[open]; v++) {
        values[open] = v;
        if (solve(values, assigned)) {
          assigned[open] = false;
          return true;
        }
      }
      assigned[open] = false;
      return false;
    }

    /** No complete line is off, and no published total is exceeded by what is assigned so far. */
    private boolean feasible(long[] values, boolean[] assigned) {
      for (int[] line : lines) {
        long known = 0;
        boolean complete = true;
        boolean totalKnown = !position.containsKey(line[line.length - 1]);
        for (int k = 0; k < line.length; k++) {
          Integer p = position.get(line[k]);
          long sign = k == line.length - 1 ? -1 : 1;
          if (p == null) {
            known += sign * table.value(line[k]);
          } else if (assigned[p]) {
            known += sign * values[p];
          } else {
            complete = false;
          }
        }
        if (complete ? known != 0 : totalKnown && known > 0) {
          return false;
        }
      }
      return true;
    }
  }
}
