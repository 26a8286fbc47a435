package org.homeward.linkage;

/**
 * How the engine runs; the defaults suit lists from a few hundred to a few hundred thousand rows.
 *
 * @param seed seed for the random pairs u is estimated from (same seed, same result)
 * @param randomPairs how many random pairs to compare for u
 * @param maxBlockPairs a block that would give more pairs than this is skipped (see Blocker)
 * @param chainGuardBits two clusters are not merged when any pair across them has field evidence
 *     (match weight without the prior) below this many bits (see Clusterer)
 * @param matchesPerRecord a prior bound for the estimate: at most this many matching pairs per
 *     record (of the smaller list, in a link), or 0 for no bound. With a name catalogue small for
 *     the list's size (a million people sharing a few thousand names), EM can otherwise take "same
 *     given name" for "same person"; a bound of 0.5 says "at most one duplicate per two records"
 * @param pairsPerRecord per blocking rule, at most this many candidate pairs per record or 2
 *     million pairs, whichever is more, smallest blocks first (see Blocker); 0 for no limit. The
 *     default, 10, leaves lists of up to 200,000 records blocked in full and keeps a million
 *     records within 4 GB
 */
public record EngineOptions(
    long seed,
    int randomPairs,
    long maxBlockPairs,
    double chainGuardBits,
    double matchesPerRecord,
    int pairsPerRecord) {

  /** Pairs sampled from each training population to estimate m from (see TrainingRule). */
  public int trainingPairs() {
    return Math.max(randomPairs / 2, 1_000);
  }

  /** Pairs per record and blocking rule by default (see {@link #pairsPerRecord}). */
  public static final int DEFAULT_PAIRS_PER_RECORD = 10;

  public static final EngineOptions DEFAULT =
      new EngineOptions(20240611L, 200_000, 50_000, 0.0, 0, DEFAULT_PAIRS_PER_RECORD);

  public EngineOptions(long seed, int randomPairs, long maxBlockPairs, double chainGuardBits) {
    this(seed, randomPairs, maxBlockPairs, chainGuardBits, 0, 0);
  }

  public EngineOptions withMatchesPerRecord(double bound) {
    return new EngineOptions(
        seed, randomPairs, maxBlockPairs, chainGuardBits, bound, pairsPerRecord);
  }

  public EngineOptions withPairsPerRecord(int budget) {
    return new EngineOptions(
        seed, randomPairs, maxBlockPairs, chainGuardBits, matchesPerRecord, budget);
  }
}
