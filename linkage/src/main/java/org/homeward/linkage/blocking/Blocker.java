package org.homeward.linkage.blocking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.linkage.compare.PreparedRecords;

/**
 * Applies blocking rules and returns the union of their candidate pairs. A block whose pair count
 * would exceed {@code maxBlockPairs} is skipped (and reported): such a key (a very common name, a
 * default value) says little, and the other rules, which combine keys, still reach its true pairs.
 */
public final class Blocker {

  private final List<BlockingRule> rules;
  private final long maxBlockPairs;
  private final int pairsPerRecord;

  public Blocker(List<BlockingRule> rules, long maxBlockPairs) {
    this(rules, maxBlockPairs, 0);
  }

  /**
   * A rule's pair budget is never below this: lists of up to a few hundred thousand records are
   * blocked in full, whatever {@code pairsPerRecord}.
   */
  public static final long MIN_RULE_BUDGET = 2_000_000;

  /**
   * @param pairsPerRecord when above 0, each rule gives at most this many pairs per record (of both
   *     lists), or {@link #MIN_RULE_BUDGET} pairs if that is more: its blocks are taken smallest
   *     first — the most specific keys — until the budget is spent, and the rest are skipped and
   *     reported. Bounds time and memory on large lists, where even blocks under {@code
   *     maxBlockPairs} add up to hundreds of millions of pairs.
   */
  public Blocker(List<BlockingRule> rules, long maxBlockPairs, int pairsPerRecord) {
    this.rules = List.copyOf(rules);
    this.maxBlockPairs = maxBlockPairs;
    this.pairsPerRecord = pairsPerRecord;
  }

  public long maxBlockPairs() {
    return maxBlockPairs;
  }

  public List<BlockingRule> rules() {
    return rules;
  }

  /** Result of blocking: the pairs and the per-rule report. */
  public record Result(CandidatePairs pairs, BlockingReport report) {}

  /** Pairs of distinct rows of one list ({@code left < right}). */
  public Result dedupe(PreparedRecords records) {
    return run(records, null);
  }

  /** Pairs of a left row and a right row. */
  public Result link(PreparedRecords left, PreparedRecords right) {
    return run(left, right);
  }

  private Result run(PreparedRecords left, PreparedRecords right) {
    long[] distinct = new long[0];
    List<BlockingReport.RuleCount> counts = new ArrayList<>();
    long records = left.size() + (right == null ? 0 : right.size());
    long budget =
        pairsPerRecord > 0
            ? Math.max((long) pairsPerRecord * records, MIN_RULE_BUDGET)
            : Long.MAX_VALUE;
    for (BlockingRule rule : rules) {
      Map<String, int[]> leftBlocks = blocks(rule, left);
      Map<String, int[]> rightBlocks = right == null ? leftBlocks : blocks(rule, right);
      List<Map.Entry<String, int[]>> kept = new ArrayList<>();
      long skipped = 0;
      long skippedPairs = 0;
      for (Map.Entry<String, int[]> e : leftBlocks.entrySet()) {
        int[] rs = rightBlocks.get(e.getKey());
        if (rs == null) {
          continue;
        }
        long pairs = pairs(e.getValue(), rs, right == null);
        if (pairs > maxBlockPairs) {
          skipped++;
          skippedPairs += pairs;
        } else if (pairs > 0) {
          kept.add(e);
        }
      }
      if (budget != Long.MAX_VALUE) {
        // Smallest blocks first: the most specific keys; ties by key, for the same result always.
        kept.sort(
            java.util.Comparator.<Map.Entry<String, int[]>>comparingLong(
                    e -> pairs(e.getValue(), rightBlocks.get(e.getKey()), right == null))
                .thenComparing(Map.Entry::getKey));
      }
      PairBuffer buffer = new PairBuffer();
      long produced = 0;
      for (Map.Entry<String, int[]> e : kept) {
        int[] ls = e.getValue();
        int[] rs = rightBlocks.get(e.getKey());
        long pairs = pairs(ls, rs, right == null);
        if (produced + pairs > budget) {
          skipped++;
          skippedPairs += pairs;
          continue;
        }
        produced += pairs;
        if (right == null) {
          for (int i = 0; i < ls.length; i++) {
            for (int j = i + 1; j < ls.length; j++) {
              buffer.add(CandidatePairs.pack(ls[i], ls[j])); // rows ascend within a block
            }
          }
        } else {
          for (int l : ls) {
            for (int r : rs) {
              buffer.add(CandidatePairs.pack(l, r));
            }
          }
        }
      }
      // Merged rule by rule, so memory holds the distinct pairs and one rule's raw pairs only.
      distinct = merge(distinct, CandidatePairs.distinct(buffer.values, buffer.size).raw());
      counts.add(new BlockingReport.RuleCount(rule.name(), produced, skipped, skippedPairs));
    }
    CandidatePairs pairs = CandidatePairs.distinct(distinct, distinct.length);
    return new Result(pairs, new BlockingReport(counts, pairs.size(), maxBlockPairs));
  }

  private static long pairs(int[] ls, int[] rs, boolean dedupe) {
    return dedupe ? (long) ls.length * (ls.length - 1) / 2 : (long) ls.length * rs.length;
  }

  /** Union of two sorted arrays of distinct values. */
  private static long[] merge(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      long next;
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        next = a[i++];
      } else if (i == a.length || b[j] < a[i]) {
        next = b[j++];
      } else {
        next = a[i++];
        j++;
      }
      out[n++] = next;
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** Rows of each key, ascending, each row once per key. */
  private static Map<String, int[]> blocks(BlockingRule rule, PreparedRecords records) {
    Map<String, RowBlocks.Rows> blocks = new HashMap<>();
    RowBlocks.group(rule, records, 0, blocks);
    Map<String, int[]> out = new HashMap<>(blocks.size() * 2);
    blocks.forEach((k, v) -> out.put(k, v.toArray()));
    return out;
  }

  private static final class PairBuffer {
    long[] values = new long[1024];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, Math.addExact(size, size >> 1));
      }
      values[size++] = v;
    }
  }
}
