package org.homeward.linkage.blocking;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.homeward.linkage.compare.PreparedRecords;

/**
 * Draws pairs uniformly (with replacement) from all the pairs a rule's blocks hold, however big the
 * blocks are: a block is chosen with probability proportional to its pair count, then a pair within
 * it. When the blocks hold no more than the sample size, every pair is returned once instead.
 */
public final class PairSampler {

  private PairSampler() {}

  /** Sampled pairs: row {@code left(i)} of the left list against {@code right(i)}. */
  public record Sample(int[] left, int[] right, long population) {
    public int size() {
      return left.length;
    }
  }

  /**
   * @param right the right list, or null for pairs of distinct rows of {@code left}
   * @param size the most pairs to return
   */
  public static Sample sample(
      BlockingRule rule, PreparedRecords left, PreparedRecords right, int size, long seed) {
    Map<String, RowBlocks.Rows> leftBlocks = new HashMap<>();
    RowBlocks.group(rule, left, 0, leftBlocks);
    Map<String, RowBlocks.Rows> rightBlocks;
    if (right == null) {
      rightBlocks = leftBlocks;
    } else {
      rightBlocks = new HashMap<>();
      RowBlocks.group(rule, right, 0, rightBlocks);
    }
    // Keys sorted, so that the same input always gives the same sample; blocks without pairs left
    // out, so that the cumulative counts rise strictly.
    List<String> keys =
        leftBlocks.keySet().stream()
            .filter(
                k ->
                    rightBlocks.containsKey(k)
                        && pairs(leftBlocks.get(k), rightBlocks.get(k), right == null) > 0)
            .sorted()
            .toList();
    RowBlocks.Rows[] ls = new RowBlocks.Rows[keys.size()];
    RowBlocks.Rows[] rs = new RowBlocks.Rows[keys.size()];
    long[] cumulative = new long[keys.size()];
    long total = 0;
    for (int k = 0; k < keys.size(); k++) {
      ls[k] = leftBlocks.get(keys.get(k));
      rs[k] = rightBlocks.get(keys.get(k));
      total += pairs(ls[k], rs[k], right == null);
      cumulative[k] = total;
    }
    if (total <= size) {
      int[] a = new int[(int) total];
      int[] b = new int[(int) total];
      int n = 0;
      for (int k = 0; k < keys.size(); k++) {
        if (right == null) {
          for (int i = 0; i < ls[k].size(); i++) {
            for (int j = i + 1; j < ls[k].size(); j++) {
              a[n] = ls[k].get(i);
              b[n++] = ls[k].get(j);
            }
          }
        } else {
          for (int i = 0; i < ls[k].size(); i++) {
            for (int j = 0; j < rs[k].size(); j++) {
              a[n] = ls[k].get(i);
              b[n++] = rs[k].get(j);
            }
          }
        }
      }
      return new Sample(a, b, total);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] a = new int[size];
    int[] b = new int[size];
    for (int n = 0; n < size; n++) {
      int k = Arrays.binarySearch(cumulative, random.nextLong(total));
      // binarySearch finds the first block whose cumulative count exceeds the draw.
      k = k >= 0 ? k + 1 : -k - 1;
      RowBlocks.Rows l = ls[k];
      if (right == null) {
        int i = random.nextInt(l.size());
        int j = random.nextInt(l.size() - 1);
        if (j >= i) {
          j++;
        }
        a[n] = l.get(Math.min(i, j));
        b[n] = l.get(Math.max(i, j));
      } else {
        a[n] = l.get(random.nextInt(l.size()));
        b[n] = rs[k].get(random.nextInt(rs[k].size()));
      }
    }
    return new Sample(a, b, total);
  }

  private static long pairs(RowBlocks.Rows l, RowBlocks.Rows r, boolean dedupe) {
    return dedupe ? (long) l.size() * (l.size() - 1) / 2 : (long) l.size() * r.size();
  }
}
