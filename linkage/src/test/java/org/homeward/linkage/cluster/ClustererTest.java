package org.homeward.linkage.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClustererTest {

  /** A–B strong, B–C a weaker match, but A and C look like different people on their own. */
  private static final List<Clusterer.Link> CHAIN =
      List.of(new Clusterer.Link(0, 1, 20), new Clusterer.Link(1, 2, 6));

  private static double evidence(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    if (lo == 0 && hi == 2) {
      return -15;
    }
    return 10;
  }

  @Test
  void aWeakLinkDoesNotChainTwoDifferentPeopleTogether() {
    Clusterer.Result result = new Clusterer(0).cluster(4, CHAIN, ClustererTest::evidence);
    assertThat(result.clusterOf()).containsExactly(0, 0, 2, 3);
    assertThat(result.refusedMerges()).isEqualTo(1);
  }

  @Test
  void withoutTheGuardConnectedComponentsWouldChain() {
    Clusterer.Result result =
        new Clusterer(Double.NEGATIVE_INFINITY).cluster(4, CHAIN, ClustererTest::evidence);
    assertThat(result.clusterOf()).containsExactly(0, 0, 0, 3);
  }

  @Test
  void consistentGroupsMergeWhateverTheLinkOrder() {
    List<Clusterer.Link> links =
        List.of(
            new Clusterer.Link(2, 3, 5), new Clusterer.Link(0, 1, 9), new Clusterer.Link(1, 2, 7));
    Clusterer.Result result = new Clusterer(0).cluster(5, links, (a, b) -> 3);
    assertThat(result.clusterOf()).containsExactly(0, 0, 0, 0, 4);
  }
}
