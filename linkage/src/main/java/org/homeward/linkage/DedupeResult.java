package org.homeward.linkage;

import java.util.List;
import org.homeward.linkage.blocking.BlockingReport;
import org.homeward.linkage.io.Dataset;
import org.homeward.linkage.model.TrainedModel;

/**
 * Result of deduplicating one list.
 *
 * @param clusterOf for each row, the row of its cluster's first member (in file order)
 * @param pairs pairs judged match or review, best first
 * @param refusedMerges merges the anti-chaining guard refused
 */
public record DedupeResult(
    Dataset input,
    int[] clusterOf,
    List<ScoredPair> pairs,
    BlockingReport blocking,
    TrainedModel model,
    int refusedMerges) {

  public DedupeResult {
    clusterOf = clusterOf.clone();
    pairs = List.copyOf(pairs);
  }

  /** Cluster id of a row: the id of the cluster's first record. */
  public String clusterId(int row) {
    return input.ids().get(clusterOf[row]);
  }
}
