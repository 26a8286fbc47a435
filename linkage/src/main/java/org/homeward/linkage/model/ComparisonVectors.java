package org.homeward.linkage.model;

import java.util.stream.IntStream;
import org.homeward.linkage.compare.PreparedRecords;
import org.homeward.linkage.compare.RecordComparator;

/**
 * Comparison levels of many pairs, one byte per field per pair; {@link #NULL} where a value is
 * missing on either side.
 */
public final class ComparisonVectors {

  public static final byte NULL = -1;

  private final int fields;
  private final byte[] levels;

  public ComparisonVectors(int fields, byte[] levels) {
    this.fields = fields;
    this.levels = levels;
  }

  /** Source of pairs: row {@code left(i)} of the left records against {@code right(i)}. */
  public interface Pairs {
    int size();

    int left(int index);

    int right(int index);
  }

  /** Computes levels of every pair, in parallel. */
  public static ComparisonVectors compute(
      RecordComparator comparator,
      PreparedRecords left,
      PreparedRecords right,
      Pairs pairs,
      java.util.function.IntConsumer progress) {
    int fields = comparator.fields().size();
    byte[] levels = new byte[Math.multiplyExact(pairs.size(), fields)];
    int chunk = 4096;
    int chunks = (pairs.size() + chunk - 1) / chunk;
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              int end = Math.min(pairs.size(), (c + 1) * chunk);
              for (int p = c * chunk; p < end; p++) {
                comparator.compare(left, pairs.left(p), right, pairs.right(p), levels, p * fields);
              }
              progress.accept(end - c * chunk);
            });
    return new ComparisonVectors(fields, levels);
  }

  /** These vectors without the pairs {@code drop} accepts (by index). */
  public ComparisonVectors without(java.util.function.IntPredicate drop) {
    java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream(levels.length);
    for (int p = 0; p < size(); p++) {
      if (!drop.test(p)) {
        kept.write(levels, p * fields, fields);
      }
    }
    return new ComparisonVectors(fields, kept.toByteArray());
  }

  public int fields() {
    return fields;
  }

  public int size() {
    return levels.length / fields;
  }

  public byte level(int pair, int field) {
    return levels[pair * fields + field];
  }
}
