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

  public Blocker(List<BlockingRule> rules, long maxBlockPairs) {
    this.rules = List.copyOf(rules);
    this.maxBlockPairs = maxBlockPairs;
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
    PairBuffer buffer = new PairBuffer();
    List<BlockingReport.RuleCount> counts = new ArrayList<>();
    for (BlockingRule rule : rules) {
      Map<String, int[]> leftBlocks = blocks(rule, left);
      Map<String, int[]> rightBlocks = right == null ? leftBlocks : blocks(rule, right);
      long produced = 0;
      long skipped = 0;
      long skippedPairs = 0;
      for (Map.Entry<String, int[]> e : leftBlocks.entrySet()) {
        int[] ls = e.getValue();
        int[] rs = rightBlocks.get(e.getKey());
        if (rs == null) {
          continue;
        }
        long pairs =
            right == null ? (long) ls.length * (ls.length - 1) / 2 : (long) ls.length * rs.length;
        if (pairs > maxBlockPairs) {
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
      counts.add(new BlockingReport.RuleCount(rule.name(), produced, skipped, skippedPairs));
    }
    CandidatePairs pairs = CandidatePairs.distinct(buffer.values, buffer.size);
    return new Result(pairs, new BlockingReport(counts, pairs.size(), maxBlockPairs));
  }

  /** Rows of each key, ascending, each row once per key. */
  private static Map<String, int[]> blocks(BlockingRule rule, PreparedRecords records) {
    Map<String, IntList> blocks = new HashMap<>();
    for (int row = 0; row < records.size(); row++) {
      int r = row;
      rule.keys()
          .keys(
              records,
              row,
              key -> {
                IntList list = blocks.computeIfAbsent(key, k -> new IntList());
                if (list.size == 0 || list.values[list.size - 1] != r) {
                  list.add(r);
                }
              });
    }
    Map<String, int[]> out = new HashMap<>(blocks.size() * 2);
    blocks.forEach((k, v) -> out.put(k, java.util.Arrays.copyOf(v.values, v.size)));
    return out;
  }

  private static final class IntList {
    int[] values = new int[2];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
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
