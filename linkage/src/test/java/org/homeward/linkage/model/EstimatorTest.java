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

  /**
   * A training population selected on field 0 (say, pairs sharing a name): 3% matches; field 1
   * (sex) agrees in 95% of the non-matches, not the 50% random pairs show, because the selection
   * makes it agree; field 2 (birth date) agrees exactly in 90% of matches and 0.1% of non-matches;
   * field 3 (nationality) in 80% and 20%. Held at the random pairs' u, EM would take "same sex" for
   * the match class; with u re-estimated, the matches are found.
   */
  @Test
  void trainingPopulationFindsMatchesEvenWhenSelectionMakesNonMatchesAgreeOnAnotherField() {
    SplittableRandom random = new SplittableRandom(3);
    double[][] m = {{1.0, 0.0}, {0.99, 0.01}, {0.9, 0.08, 0.02}, {0.8, 0.2}, {0.6, 0.3, 0.1}};
    double[][] selectedU = {
      {1.0, 0.0}, {0.95, 0.05}, {0.001, 0.05, 0.949}, {0.2, 0.8}, {0.0001, 0.0009, 0.999}
    };
    double[][] randomU = {
      {0.01, 0.99}, {0.5, 0.5}, {0.001, 0.05, 0.949}, {0.2, 0.8}, {0.0001, 0.0009, 0.999}
    };
    int pairs = 50_000;
    int fields = m.length;
    byte[] levels = new byte[pairs * fields];
    for (int p = 0; p < pairs; p++) {
      double[][] dist = p < pairs * 3 / 100 ? m : selectedU;
      for (int f = 0; f < fields; f++) {
        levels[p * fields + f] = draw(dist[f], random);
      }
    }
    Estimator.Result result =
        Estimator.standard()
            .sessionM(new ComparisonVectors(fields, levels), java.util.Set.of(0), randomU, 0.1);
    assertThat(result.m()[0]).isNull();
    assertThat(result.lambda()).isCloseTo(0.03, within(0.01));
    assertThat(result.m()[2][0]).isCloseTo(0.9, within(0.03));
    assertThat(result.m()[3][0]).isCloseTo(0.8, within(0.05));
    assertThat(result.m()[1][0]).isCloseTo(0.99, within(0.03));
  }

  @Test
  void withMGivenOnlyLambdaAndUAreEstimated() {
    SplittableRandom random = new SplittableRandom(9);
    ComparisonVectors candidates = sample(2_000, 6_000, random);
    ComparisonVectors others = sample(0, 50_000, random);
    int[] levels = {3, 3, 2};
    Estimator.Result result =
        Estimator.standard()
            .estimateWithM(
                candidates, others, 10, Estimator.estimateU(others, levels), 5, M, 0.01, 0.5);
    for (int f = 0; f < 3; f++) {
      assertThat(result.m()[f]).isEqualTo(M[f]);
    }
    double expectedLambda = 2_000.0 / (8_000 + 500_000);
    assertThat(result.lambda()).isCloseTo(expectedLambda, within(expectedLambda * 0.1));
  }

  /**
   * Pairs selected on an identifier are almost all matches: the non-match class, held near the
   * random pairs' u, must not split them into "agree on everything" and "the rest".
   */
  @Test
  void trainingPopulationOfAlmostOnlyMatchesGivesTheirAgreementAsM() {
    SplittableRandom random = new SplittableRandom(5);
    double[][] m = {{1.0, 0.0}, {0.7, 0.2, 0.1}, {0.8, 0.2}, {0.9, 0.1}};
    double[][] u = {{0.0001, 0.9999}, {0.001, 0.05, 0.949}, {0.2, 0.8}, {0.5, 0.5}};
    int pairs = 5_000;
    byte[] levels = new byte[pairs * 4];
    for (int p = 0; p < pairs; p++) {
      double[][] dist = p < pairs * 99 / 100 ? m : u;
      for (int f = 0; f < 4; f++) {
        levels[p * 4 + f] = draw(dist[f], random);
      }
    }
    Estimator.Result result =
        Estimator.standard()
            .sessionM(new ComparisonVectors(4, levels), java.util.Set.of(0), u, 0.1);
    assertThat(result.m()[1][0]).isCloseTo(0.7, within(0.05));
    assertThat(result.m()[1][2]).isCloseTo(0.1, within(0.05));
    assertThat(result.m()[2][0]).isCloseTo(0.8, within(0.05));
  }

  @Test
  void aFieldNoPopulationEstimatesGetsItsMWithTheOthersFixed() {
    SplittableRandom random = new SplittableRandom(13);
    ComparisonVectors candidates = sample(2_000, 6_000, random);
    ComparisonVectors others = sample(0, 50_000, random);
    int[] levels = {3, 3, 2};
    double[][] start = {M[0], M[1], {0.5, 0.5}};
    Estimator.Result result =
        Estimator.standard()
            .estimateWithM(
                candidates,
                others,
                10,
                Estimator.estimateU(others, levels),
                5,
                start,
                0.01,
                0.5,
                new boolean[] {false, false, true});
    assertThat(result.m()[0]).isEqualTo(M[0]);
    assertThat(result.m()[2][0]).isCloseTo(M[2][0], within(0.03));
  }

  @Test
  void aFieldMissingThroughoutAPopulationGetsNoMFromIt() {
    SplittableRandom random = new SplittableRandom(21);
    double[][] m = {{1.0, 0.0}, {0.7, 0.2, 0.1}, {0.8, 0.2}, {0.9, 0.1}};
    double[][] u = {{0.0001, 0.9999}, {0.001, 0.05, 0.949}, {0.2, 0.8}, {0.5, 0.5}};
    int pairs = 5_000;
    byte[] levels = new byte[pairs * 4];
    for (int p = 0; p < pairs; p++) {
      double[][] dist = p < pairs / 10 ? m : u;
      for (int f = 0; f < 3; f++) {
        levels[p * 4 + f] = draw(dist[f], random);
      }
      levels[p * 4 + 3] = ComparisonVectors.NULL;
    }
    Estimator.Result result =
        Estimator.standard()
            .sessionM(new ComparisonVectors(4, levels), java.util.Set.of(0), u, 0.1);
    assertThat(result.m()[3]).isNull();
    assertThat(result.m()[1]).isNotNull();
    assertThat(result.matchesSeen()[1]).isCloseTo(500, within(50.0));
  }
}
