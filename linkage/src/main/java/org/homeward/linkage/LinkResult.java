package org.homeward.linkage;

import java.util.List;
import org.homeward.linkage.blocking.BlockingReport;
import org.homeward.linkage.io.Dataset;
import org.homeward.linkage.model.TrainedModel;

/**
 * Result of linking two lists: the pairs judged match or review (best first), how blocking went,
 * and the trained model (reusable to score more records).
 */
public record LinkResult(
    Dataset left,
    Dataset right,
    List<ScoredPair> pairs,
    BlockingReport blocking,
    TrainedModel model) {
  public LinkResult {
    pairs = List.copyOf(pairs);
  }
}
