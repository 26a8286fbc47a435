package org.homeward.linkage;

import org.homeward.linkage.settings.Thresholds.Decision;

/**
 * A compared pair with its score.
 *
 * @param left row in the left list (for a dedupe, the earlier row)
 * @param right row in the right list (for a dedupe, the later row)
 * @param weight match weight in bits (log2 odds)
 * @param probability match probability
 * @param decision what the thresholds make of it
 */
public record ScoredPair(
    int left, int right, double weight, double probability, Decision decision) {}
