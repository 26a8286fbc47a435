package org.homeward.linkage.blocking;

import java.util.Arrays;

/**
 * Distinct candidate pairs, each packed in a long as {@code left << 32 | right} (for a dedupe,
 * {@code left < right}), sorted.
 */
public final class CandidatePairs {

  private final long[] pairs;

  CandidatePairs(long[] pairs) {
    this.pairs = pairs;
  }

  /** Sorts and removes repeats from the first {@code size} entries of {@code raw}. */
  static CandidatePairs distinct(long[] raw, int size) {
    long[] sorted = Arrays.copyOf(raw, size);
    Arrays.parallelSort(sorted);
    int out = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[out++] = sorted[i];
      }
    }
    return new CandidatePairs(Arrays.copyOf(sorted, out));
  }

  /** The packed pairs, sorted (not a copy: do not change). */
  long[] raw() {
    return pairs;
  }

  public static long pack(int left, int right) {
    return ((long) left << 32) | (right & 0xFFFFFFFFL);
  }

  public int size() {
    return pairs.length;
  }

  public int left(int index) {
    return (int) (pairs[index] >>> 32);
  }

  public int right(int index) {
    return (int) pairs[index];
  }

  public boolean contains(int left, int right) {
    return Arrays.binarySearch(pairs, pack(left, right)) >= 0;
  }
}
