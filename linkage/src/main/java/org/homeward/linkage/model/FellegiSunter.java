package org.homeward.linkage.model;

import java.util.Arrays;
import java.util.List;

/**
 * Fellegi–Sunter parameters: for each field and level, m = P(level | same person) and u = P(level |
 * different people), and λ = the share of candidate pairs that are the same person. Missing values
 * (null level) give no evidence. Immutable.
 *
 * @param m {@code m[field][level]}
 * @param u {@code u[field][level]}
 * @param lambda prior probability that a candidate pair is a match
 * @param iterations EM iterations used to estimate m and λ
 */
public record FellegiSunter(double[][] m, double[][] u, double lambda, int iterations) {

  /** Probabilities are kept away from 0 so that no level gives infinite evidence. */
  static final double FLOOR = 1e-6;

  public FellegiSunter {
    m = deepCopy(m);
    u = deepCopy(u);
  }

  /** log2 of the Bayes factor m/u of one field's level; 0 for a null level. */
  public double bits(int field, int level) {
    if (level < 0) {
      return 0;
    }
    return log2(m[field][level] / u[field][level]);
  }

  /** log2 prior odds of a match among candidate pairs. */
  public double priorBits() {
    return log2(lambda / (1 - lambda));
  }

  public static double probability(double weightBits) {
    return 1 / (1 + Math.pow(2, -weightBits));
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static double[][] deepCopy(double[][] values) {
    return Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
  }

  /** A readable dump (no personal data): m and u per field and level. */
  public String describe(List<String> fieldNames) {
    StringBuilder out =
        new StringBuilder(String.format("lambda=%.5f iterations=%d%n", lambda, iterations));
    for (int f = 0; f < m.length; f++) {
      out.append(fieldNames.get(f)).append(':');
      for (int l = 0; l < m[f].length; l++) {
        out.append(String.format(" [m=%.4f u=%.5f]", m[f][l], u[f][l]));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
