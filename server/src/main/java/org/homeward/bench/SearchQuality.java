package org.homeward.bench;

import java.util.List;

/**
 * How well search found the expected persons.
 *
 * @param recallAt1 share of queries whose expected person came first
 * @param recallAt20 share of queries whose expected person was among the first 20
 * @param meanReciprocalRank mean of 1/rank, counting 0 for a person not in the results
 */
public record SearchQuality(
    int queries, double recallAt1, double recallAt20, double meanReciprocalRank) {

  /** Quality from the 1-based rank of each expected person; 0 means not found. */
  public static SearchQuality ofRanks(List<Integer> ranks) {
    if (ranks.isEmpty()) {
      return new SearchQuality(0, 0, 0, 0);
    }
    int first = 0;
    int top20 = 0;
    double reciprocal = 0;
    for (int rank : ranks) {
      if (rank == 1) {
        first++;
      }
      if (rank >= 1 && rank <= 20) {
        top20++;
      }
      if (rank >= 1) {
        reciprocal += 1.0 / rank;
      }
    }
    double n = ranks.size();
    return new SearchQuality(ranks.size(), first / n, top20 / n, reciprocal / n);
  }
}
