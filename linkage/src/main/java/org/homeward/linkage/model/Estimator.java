package org.homeward.linkage.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates Fellegi–Sunter parameters without labels, by expectation–maximisation over all pairs of
 * records: the candidate pairs one by one, and the pairs blocking left out represented by random
 * pairs that are not candidates, each weighted up to stand for its share of them.
 *
 * <p>u, the level frequencies among different people, starts from the random pairs, almost all of
 * which are different people. "Almost" matters for the best levels: a sample of 200,000 random
 * pairs of two lists of 3,000 holds some 40 true matches and hardly any chance agreements on a full
 * name, so the raw u of "same name" would be the matches' share. EM therefore re-estimates u from
 * the pairs weighted by their probability of being different people, starting from the random-pair
 * values, with half a random pair's pseudo-count per level so that no level is impossible.
 *
 * <p>Why all pairs and not only the candidates: blocking selects pairs that agree on names or
 * dates, so the candidates are a mixture of each blocking rule's population (pairs sharing a name
 * word, pairs sharing a birth year ...) and EM over them alone finds those populations instead of
 * people, or calls every candidate a match. Over all pairs the non-matches are unselected, and the
 * match class can only be the pairs that agree beyond chance.
 */
public final class Estimator {

  private static final int SESSION_ITERATIONS = 5_000;

  private final int maxIterations;
  private final double tolerance;

  public Estimator(int maxIterations, double tolerance) {
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  public static Estimator standard() {
    return new Estimator(200, 1e-7);
  }

  /**
   * u per field and level from random pairs' vectors, with half a pair of pseudo-count per level so
   * that a level never seen among random pairs still has a small, finite u.
   */
  public static double[][] estimateU(ComparisonVectors random, int[] levelCounts) {
    int fields = levelCounts.length;
    double[][] u = new double[fields][];
    for (int f = 0; f < fields; f++) {
      double[] counts = new double[levelCounts[f]];
      double total = 0;
      for (int p = 0; p < random.size(); p++) {
        byte level = random.level(p, f);
        if (level >= 0) {
          counts[level]++;
          total++;
        }
      }
      u[f] = new double[levelCounts[f]];
      for (int l = 0; l < counts.length; l++) {
        u[f][l] = Math.max((counts[l] + 0.5) / (total + 0.5 * counts.length), FellegiSunter.FLOOR);
      }
    }
    return u;
  }

  /**
   * Starting m: most mass on the best level that occurs among {@code seen}, falling fourfold per
   * level, so EM starts from "same people mostly agree" whatever the field.
   */
  public static double[][] initialM(int[] levelCounts, ComparisonVectors seen) {
    double[][] m = new double[levelCounts.length][];
    for (int f = 0; f < levelCounts.length; f++) {
      boolean[] occurs = new boolean[levelCounts[f]];
      for (int p = 0; p < seen.size(); p++) {
        byte level = seen.level(p, f);
        if (level >= 0) {
          occurs[level] = true;
        }
      }
      m[f] = new double[levelCounts[f]];
      double sum = 0;
      int rank = 0;
      for (int l = 0; l < levelCounts[f]; l++) {
        // Levels that never occur (e.g. "same day" for a year-only column) get no starting mass.
        m[f][l] = occurs[l] ? Math.pow(4, -rank++) : FellegiSunter.FLOOR;
        sum += m[f][l];
      }
      for (int l = 0; l < levelCounts[f]; l++) {
        m[f][l] /= sum;
      }
    }
    return m;
  }

  /** One distinct comparison pattern and how many pairs have it. */
  private record Pattern(byte[] levels, double[] count) {}

  /**
   * What EM found on the candidate pairs.
   *
   * @param m level frequencies among matches
   * @param u level frequencies among non-matches
   * @param lambda share of candidate pairs that are matches
   * @param iterations iterations run
   * @param matchesSeen per field, how many matches (expected, by their posteriors) had a value
   *     there: what the field's m rests on; empty when not counted
   */
  public record Result(
      double[][] m, double[][] u, double lambda, int iterations, double[] matchesSeen) {
    public Result(double[][] m, double[][] u, double lambda, int iterations) {
      this(m, u, lambda, iterations, new double[0]);
    }
  }

  /**
   * EM for m and λ over candidate vectors.
   *
   * @param others comparison vectors of random pairs that are not candidates
   * @param othersWeight how many pairs each of {@code others} stands for
   * @param startU level frequencies among random pairs
   * @param pseudoCount added to every level's non-match count (half a random pair)
   */
  public Result estimate(
      ComparisonVectors candidates,
      ComparisonVectors others,
      double othersWeight,
      double[][] startU,
      double pseudoCount,
      double[][] startM,
      double startLambda) {
    return estimate(
        candidates, others, othersWeight, startU, pseudoCount, startM, startLambda, 0.5);
  }

  /**
   * As above, with λ kept at or below {@code maxLambda}: the most matches the lists can hold (see
   * {@code LinkageEngine}). Without the cap EM may settle on a class far larger than the people can
   * be — "shares a given name", which also agrees on sex because given names are gendered — when a
   * name catalogue is small compared with the list.
   */
  public Result estimate(
      ComparisonVectors candidates,
      ComparisonVectors others,
      double othersWeight,
      double[][] startU,
      double pseudoCount,
      double[][] startM,
      double startLambda,
      double maxLambda) {
    return run(
        candidates,
        others,
        othersWeight,
        startU,
        pseudoCount,
        startM,
        startLambda,
        maxLambda,
        all(startM.length, true));
  }

  private static boolean[] all(int n, boolean value) {
    boolean[] out = new boolean[n];
    java.util.Arrays.fill(out, value);
    return out;
  }

  /**
   * As above with m given (estimated elsewhere, see {@link #sessionM}): only λ and u are estimated.
   * With m fixed to what matches look like, the match class cannot drift to another population of
   * pairs that agree beyond chance (namesakes of one sex).
   */
  public Result estimateWithM(
      ComparisonVectors candidates,
      ComparisonVectors others,
      double othersWeight,
      double[][] startU,
      double pseudoCount,
      double[][] m,
      double startLambda,
      double maxLambda) {
    return estimateWithM(
        candidates,
        others,
        othersWeight,
        startU,
        pseudoCount,
        m,
        startLambda,
        maxLambda,
        all(m.length, false));
  }

  /**
   * As above, but the fields marked in {@code fit} have their m estimated too, starting from the
   * given m: fields no training population could estimate, whose match class is anchored by the
   * others' fixed m.
   */
  public Result estimateWithM(
      ComparisonVectors candidates,
      ComparisonVectors others,
      double othersWeight,
      double[][] startU,
      double pseudoCount,
      double[][] m,
      double startLambda,
      double maxLambda,
      boolean[] fit) {
    return run(
        candidates, others, othersWeight, startU, pseudoCount, m, startLambda, maxLambda, fit);
  }

  private Result run(
      ComparisonVectors candidates,
      ComparisonVectors others,
      double othersWeight,
      double[][] startU,
      double pseudoCount,
      double[][] startM,
      double startLambda,
      double maxLambda,
      boolean[] fitM) {
    Map<String, Pattern> byKey = new HashMap<>();
    addPatterns(byKey, candidates, 1.0);
    addPatterns(byKey, others, othersWeight);
    List<Pattern> patterns = List.copyOf(byKey.values());
    int fields = startU.length;
    double[][] m = new double[fields][];
    double[][] u = new double[fields][];
    for (int f = 0; f < fields; f++) {
      m[f] = startM[f].clone();
      u[f] = startU[f].clone();
    }
    double lambda = startLambda;
    int iteration = 0;
    while (iteration < maxIterations) {
      iteration++;
      double[][] mCounts = new double[fields][];
      double[][] uCounts = new double[fields][];
      for (int f = 0; f < fields; f++) {
        mCounts[f] = new double[m[f].length];
        uCounts[f] = new double[m[f].length];
        java.util.Arrays.fill(uCounts[f], pseudoCount);
      }
      double matches = 0;
      double total = 0;
      for (Pattern pattern : patterns) {
        double logMatch = Math.log(lambda);
        double logNon = Math.log(1 - lambda);
        for (int f = 0; f < fields; f++) {
          byte level = pattern.levels()[f];
          if (level >= 0) {
            logMatch += Math.log(m[f][level]);
            logNon += Math.log(u[f][level]);
          }
        }
        double posterior = 1 / (1 + Math.exp(logNon - logMatch));
        double weight = posterior * pattern.count()[0];
        double nonWeight = pattern.count()[0] - weight;
        matches += weight;
        total += pattern.count()[0];
        for (int f = 0; f < fields; f++) {
          byte level = pattern.levels()[f];
          if (level >= 0) {
            mCounts[f][level] += weight;
            uCounts[f][level] += nonWeight;
          }
        }
      }
      double[][] before = new double[fields][];
      for (int f = 0; f < fields; f++) {
        before[f] = m[f].clone();
      }
      double change = update(u, uCounts);
      for (int f = 0; f < fields; f++) {
        if (!fitM[f]) {
          mCounts[f] = null;
        }
      }
      update(m, mCounts);
      for (int f = 0; f < fields; f++) {
        if (fitM[f]) {
          monotone(m[f], u[f]);
        }
        for (int l = 0; l < m[f].length; l++) {
          change = Math.max(change, Math.abs(m[f][l] - before[f][l]));
        }
      }
      double nextLambda = Math.min(Math.max(matches / total, 1e-12), Math.min(maxLambda, 0.5));
      change = Math.max(change, Math.abs(nextLambda - lambda));
      lambda = nextLambda;
      if (change < tolerance) {
        break;
      }
    }
    return new Result(m, u, lambda, iteration);
  }

  /**
   * m of the fields a training population was not selected on, by EM over that population alone
   * (see {@code TrainingRule}): pairs chosen for agreeing on some fields hold matches often enough
   * for EM to find them, and their other fields show how matches agree there.
   *
   * <p>The fields selected on are left out (they agree by construction). u of the other fields is
   * re-estimated too, because selecting on one field changes how the others agree among non-matches
   * (pairs that share a name mostly share its sex); it is held near the random pairs' u by a prior
   * worth {@code priorShare} of the population, so that a population of almost only matches does
   * not turn its non-match class into a second kind of match.
   *
   * @param selected fields the population was selected on
   * @param randomU u from random pairs
   * @return m per field, and how many matches it rests on; the rows of selected fields, and of
   *     fields no match had a value for, are null
   */
  public Result sessionM(
      ComparisonVectors sample,
      java.util.Set<Integer> selected,
      double[][] randomU,
      double priorShare) {
    int fields = randomU.length;
    int[] levelCounts = new int[fields];
    for (int f = 0; f < fields; f++) {
      levelCounts[f] = randomU[f].length;
    }
    Map<String, Pattern> byKey = new HashMap<>();
    addPatterns(byKey, sample, 1.0);
    List<Pattern> patterns = List.copyOf(byKey.values());
    double[][] start = initialM(levelCounts, sample);
    double[][] m = new double[fields][];
    double[][] u = new double[fields][];
    for (int f = 0; f < fields; f++) {
      m[f] = start[f].clone();
      u[f] = randomU[f].clone();
    }
    double prior = priorShare * sample.size();
    double lambda = 0.5;
    int iteration = 0;
    double[] seen = new double[fields];
    // Patterns are few, so iterations are cheap; EM is slow to converge when matches are rare.
    while (iteration < SESSION_ITERATIONS) {
      iteration++;
      double[][] mCounts = new double[fields][];
      double[][] uCounts = new double[fields][];
      for (int f = 0; f < fields; f++) {
        mCounts[f] = new double[levelCounts[f]];
        uCounts[f] = new double[levelCounts[f]];
        for (int l = 0; l < levelCounts[f]; l++) {
          uCounts[f][l] = prior * randomU[f][l];
        }
      }
      double matches = 0;
      double total = 0;
      for (Pattern pattern : patterns) {
        double logMatch = Math.log(lambda);
        double logNon = Math.log(1 - lambda);
        for (int f = 0; f < fields; f++) {
          byte level = pattern.levels()[f];
          if (level >= 0 && !selected.contains(f)) {
            logMatch += Math.log(m[f][level]);
            logNon += Math.log(u[f][level]);
          }
        }
        double posterior = 1 / (1 + Math.exp(logNon - logMatch));
        double count = pattern.count()[0];
        matches += posterior * count;
        total += count;
        for (int f = 0; f < fields; f++) {
          byte level = pattern.levels()[f];
          if (level >= 0) {
            mCounts[f][level] += posterior * count;
            uCounts[f][level] += (1 - posterior) * count;
          }
        }
      }
      double[][] before = new double[fields][];
      for (int f = 0; f < fields; f++) {
        before[f] = m[f].clone();
      }
      for (int f = 0; f < fields; f++) {
        seen[f] = 0;
        for (double c : mCounts[f]) {
          seen[f] += c;
        }
      }
      double change = update(u, uCounts);
      update(m, mCounts);
      for (int f = 0; f < fields; f++) {
        monotone(m[f], u[f]);
        for (int l = 0; l < m[f].length; l++) {
          change = Math.max(change, Math.abs(m[f][l] - before[f][l]));
        }
      }
      double nextLambda = Math.min(Math.max(matches / Math.max(total, 1), 1e-6), 1 - 1e-6);
      change = Math.max(change, Math.abs(nextLambda - lambda));
      lambda = nextLambda;
      if (change < tolerance) {
        break;
      }
    }
    for (int f = 0; f < fields; f++) {
      // A field no match had a value for says nothing here; m would be the starting guess.
      if (selected.contains(f) || seen[f] < 1) {
        m[f] = null;
        u[f] = null;
        seen[f] = 0;
      }
    }
    return new Result(m, u, lambda, iteration, seen);
  }

  /**
   * Makes the evidence of the levels, m/u, non-increasing from the best level to the worst, by
   * pooling adjacent violators (weighted by u), keeping the total of m. Levels are ordered by
   * agreement, so a better level can never be weaker evidence for a match than a worse one. With
   * few fields EM can otherwise settle on a class that is not "same person" (for two names, "share
   * one word", which blocking on name words makes common among candidates); the constraint rules
   * such solutions out.
   */
  public static void monotone(double[] m, double[] u) {
    int n = m.length;
    double[] blockM = new double[n];
    double[] blockU = new double[n];
    int[] blockEnd = new int[n];
    int blocks = 0;
    for (int l = 0; l < n; l++) {
      blockM[blocks] = m[l];
      blockU[blocks] = u[l];
      blockEnd[blocks] = l;
      blocks++;
      while (blocks > 1
          && blockM[blocks - 1] / blockU[blocks - 1] > blockM[blocks - 2] / blockU[blocks - 2]) {
        blockM[blocks - 2] += blockM[blocks - 1];
        blockU[blocks - 2] += blockU[blocks - 1];
        blockEnd[blocks - 2] = blockEnd[blocks - 1];
        blocks--;
      }
    }
    int start = 0;
    for (int b = 0; b < blocks; b++) {
      double ratio = blockM[b] / blockU[b];
      for (int l = start; l <= blockEnd[b]; l++) {
        m[l] = Math.max(ratio * u[l], FellegiSunter.FLOOR);
      }
      start = blockEnd[b] + 1;
    }
  }

  /** Normalises counts into probabilities in place; returns the largest change. */
  private static double update(double[][] probabilities, double[][] counts) {
    double change = 0;
    for (int f = 0; f < probabilities.length; f++) {
      if (counts[f] == null) {
        continue; // not estimated
      }
      double sum = 0;
      for (double c : counts[f]) {
        sum += c;
      }
      for (int l = 0; l < probabilities[f].length; l++) {
        double next =
            sum > 0 ? Math.max(counts[f][l] / sum, FellegiSunter.FLOOR) : probabilities[f][l];
        change = Math.max(change, Math.abs(next - probabilities[f][l]));
        probabilities[f][l] = next;
      }
    }
    return change;
  }

  private static void addPatterns(
      Map<String, Pattern> byKey, ComparisonVectors vectors, double weight) {
    int fields = vectors.fields();
    char[] key = new char[fields];
    for (int p = 0; p < vectors.size(); p++) {
      for (int f = 0; f < fields; f++) {
        key[f] = (char) (vectors.level(p, f) + 1);
      }
      String k = new String(key);
      Pattern pattern = byKey.get(k);
      if (pattern == null) {
        byte[] levels = new byte[fields];
        for (int f = 0; f < fields; f++) {
          levels[f] = vectors.level(p, f);
        }
        pattern = new Pattern(levels, new double[1]);
        byKey.put(k, pattern);
      }
      pattern.count()[0] += weight;
    }
  }
}
