package org.homeward.linkage.blocking;

import java.util.List;

/**
 * What blocking produced.
 *
 * @param rules per rule: pairs it proposed (before removing pairs other rules also proposed) and
 *     blocks it skipped as too large
 * @param candidates distinct pairs to compare
 * @param maxBlockPairs the cap on one block's pairs
 */
public record BlockingReport(List<RuleCount> rules, long candidates, long maxBlockPairs) {
  public BlockingReport {
    rules = List.copyOf(rules);
  }

  /**
   * @param rule the rule's name
   * @param pairs pairs its blocks produced
   * @param skippedBlocks blocks left out because they would produce more than the cap
   * @param skippedPairs pairs those blocks would have produced
   */
  public record RuleCount(String rule, long pairs, long skippedBlocks, long skippedPairs) {}
}
