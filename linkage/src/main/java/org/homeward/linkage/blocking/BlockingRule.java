package org.homeward.linkage.blocking;

import java.util.function.BiConsumer;
import org.homeward.linkage.compare.PreparedRecords;

/**
 * One way of choosing which pairs to compare: records sharing a key are compared. A record may have
 * several keys (one per name word) or none (value missing).
 *
 * @param name what the rule is, for reports, e.g. "family_name word key"
 * @param keys writes the keys of one record
 */
public record BlockingRule(String name, KeyFunction keys) {

  /** Keys of one record. */
  @FunctionalInterface
  public interface KeyFunction {
    void keys(PreparedRecords records, int row, java.util.function.Consumer<String> out);
  }

  /** Convenience for tests: the keys of one record, with a callback. */
  public void forEachKey(PreparedRecords records, int row, BiConsumer<BlockingRule, String> out) {
    keys.keys(records, row, k -> out.accept(this, k));
  }
}
