package org.homeward.linkage;

/**
 * How the engine runs; the defaults suit lists from a few hundred to a few hundred thousand rows.
 *
 * @param seed seed for the random pairs u is estimated from (same seed, same result)
 * @param randomPairs how many random pairs to compare for u
 * @param maxBlockPairs a block that would give more pairs than this is skipped (see Blocker)
 * @param chainGuardBits two clusters are not merged when any pair across them has field evidence
 *     (match weight without the prior) below this many bits (see Clusterer)
 */
public record EngineOptions(long seed, int randomPairs, long maxBlockPairs, double chainGuardBits) {

  public static final EngineOptions DEFAULT = new EngineOptions(20240611L, 200_000, 50_000, 0.0);
}
