package org.homeward.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EstimatorTest {

  private static final double[][] M = {{0.85, 0.10, 0.05}, {0.70, 0.20, 0.10}, {0.9, 0.1}};
  private static final double[][] U = {{0.002, 0.01, 0.988}, {0.01, 0.05, 0.94}, {0.3, 0.7}};

  private static byte draw(double[] p, SplittableRandom random) {
    double x = random.nextDouble();
    for (int l = 0; l < p.length - 1; l++) {
      x -= p[l];
      if (x < 0) {
        return (byte) l;
      }
    }
    return (byte) (p.length - 1);
  }

  private static ComparisonVectors sample(int matches, int nonMatches, SplittableRandom random) {
    byte[] levels = new byte[(matches + nonMatches) * 3];
    for (int p = 0; p < matches + nonMatches; p++) {
      double[][] dist = p < matches ? M : U;
      for (int f = 0; f < 3; f++) {
        levels[p * 3 + f] = draw(dist[f], random);
      }
    }
    return new ComparisonVectors(3, levels);
  }

  @Test
  void recoversKnownMAndLambdaWithoutLabels() {
    SplittableRandom random = new SplittableRandom(7);
    // Candidates: 2,000 matches among 8,000 others; the rest of all pairs: 50,000 non-matches
    // sampled, each standing for 10 pairs.
    ComparisonVectors candidates = sample(2_000, 6_000, random);
    ComparisonVectors others = sample(0, 50_000, random);
    int[] levels = {3, 3, 2};
    double[][] startU = Estimator.estimateU(others, levels);
    Estimator.Result result =
        Estimator.standard()
            .estimate(
                candidates, others, 10, startU, 5, Estimator.initialM(levels, candidates), 0.01);
    double expectedLambda = 2_000.0 / (8_000 + 500_000);
    assertThat(result.lambda()).isCloseTo(expectedLambda, within(expectedLambda * 0.1));
    for (int f = 0; f < 3; f++) {
      for (int l = 0; l < M[f].length; l++) {
        assertThat(result.m()[f][l]).as("m[%d][%d]", f, l).isCloseTo(M[f][l], within(0.05));
        assertThat(result.u()[f][l]).as("u[%d][%d]", f, l).isCloseTo(U[f][l], within(0.01));
      }
    }
  }

  @Test
  void monotoneConstraintPoolsLevelsWhoseEvidenceWouldRiseAsAgreementFalls() {
    double[] m = {0.1, 0.6, 0.3};
    double[] u = {0.01, 0.01, 0.98};
    Estimator.monotone(m, u);
    assertThat(m[0] / u[0]).isCloseTo(m[1] / u[1], within(1e-9));
    assertThat(m[0] + m[1] + m[2]).isCloseTo(1.0, within(1e-9));
    assertThat(m[1] / u[1]).isGreaterThanOrEqualTo(m[2] / u[2]);
  }
}
