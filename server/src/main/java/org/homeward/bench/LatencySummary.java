package org.homeward.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies, by the nearest-rank method: the p-th percentile is the
 * smallest measured value such that at least p percent of the measurements are at or below it.
 *
 * @param count number of measurements
 */
public record LatencySummary(
    int count, double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs) {

  /** Summarises latencies given in nanoseconds. */
  public static LatencySummary ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return new LatencySummary(0, 0, 0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new LatencySummary(
        sorted.length,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 95)),
        millis(percentile(sorted, 99)),
        millis(sorted[sorted.length - 1]),
        sum / sorted.length / 1e6);
  }

  /** Nearest-rank percentile of sorted values; {@code p} from 0 (exclusive) to 100. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0 || p <= 0 || p > 100) {
      throw new IllegalArgumentException("need values and a percentile in (0, 100]");
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(1, rank) - 1];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
