package org.homeward.linkage.blocking;

import java.util.Set;

/**
 * A rule that selects pairs to estimate m probabilities from, and the fields it selects on. Pairs
 * chosen for agreeing on some fields say nothing about how often matches agree on those fields, but
 * among them the matches are common enough for EM to find, and the other fields' agreement among
 * matches is what they tell. Each field's m is estimated from the rules that do not select on it
 * (as Splink trains m per blocking rule).
 *
 * @param rule the keys: pairs of records sharing a key are a training population
 * @param fields indices of the fields whose m the rule cannot estimate: those it selects on, and
 *     those that follow from names where names are compared (sex, from gendered given names)
 */
public record TrainingRule(BlockingRule rule, Set<Integer> fields) {
  public TrainingRule {
    fields = Set.copyOf(fields);
  }
}
