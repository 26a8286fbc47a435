package org.homeward.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

  @Test
  void percentilesFollowTheNearestRankMethod() {
    // 1..100 ms, shuffled: the p-th percentile of 100 values is the p-th smallest
    long[] nanos =
        LongStream.rangeClosed(1, 100).map(ms -> ((ms * 37) % 100 + 1) * 1_000_000).toArray();

    LatencySummary s = LatencySummary.ofNanos(nanos);

    assertThat(s.count()).isEqualTo(100);
    assertThat(s.p50Ms()).isEqualTo(50.0);
    assertThat(s.p95Ms()).isEqualTo(95.0);
    assertThat(s.p99Ms()).isEqualTo(99.0);
    assertThat(s.maxMs()).isEqualTo(100.0);
    assertThat(s.meanMs()).isEqualTo(50.5);
  }

  @Test
  void smallSamplesRoundTheRankUp() {
    long[] sorted = {10, 20, 30};

    assertThat(LatencySummary.percentile(sorted, 50)).isEqualTo(20);
    assertThat(LatencySummary.percentile(sorted, 95)).isEqualTo(30);
    assertThat(LatencySummary.percentile(sorted, 33)).isEqualTo(10);
    assertThat(LatencySummary.percentile(new long[] {7}, 99)).isEqualTo(7);
  }

  @Test
  void doesNotReorderTheCallersArray() {
    long[] nanos = {3, 1, 2};

    LatencySummary.ofNanos(nanos);

    assertThat(nanos).containsExactly(3, 1, 2);
  }

  @Test
  void rejectsAPercentileOutOfRange() {
    assertThatThrownBy(() -> LatencySummary.percentile(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LatencySummary.percentile(new long[] {1}, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void searchQualityCountsRanks() {
    SearchQuality q = SearchQuality.ofRanks(java.util.List.of(1, 2, 0, 21));

    assertThat(q.recallAt1()).isEqualTo(0.25);
    assertThat(q.recallAt20()).isEqualTo(0.5);
    assertThat(q.meanReciprocalRank()).isCloseTo((1 + 0.5 + 1.0 / 21) / 4, within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
