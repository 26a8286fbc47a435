package org.homeward.linkage.compare;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.homeward.linkage.io.Dataset;

/**
 * A dataset with every compared value prepared once by its field's comparator: {@code value(field,
 * row)} is the prepared form, or null when missing.
 */
public final class PreparedRecords {

  private final Dataset dataset;
  private final Object[][] prepared;

  private PreparedRecords(Dataset dataset, Object[][] prepared) {
    this.dataset = dataset;
    this.prepared = prepared;
  }

  /**
   * Prepares every value, rows in parallel (transliteration dominates the cost). Each distinct raw
   * value of a column is prepared once and its prepared form shared by every row that has it: a
   * large list repeats the same spellings of names and the same dates many times over, and prepared
   * forms are immutable.
   */
  public static PreparedRecords prepare(Dataset dataset, List<FieldComparator<?>> comparators) {
    Object[][] prepared = new Object[comparators.size()][dataset.size()];
    Object missing = new Object();
    for (int f = 0; f < comparators.size(); f++) {
      FieldComparator<?> comparator = comparators.get(f);
      Object[] column = prepared[f];
      String[] raw = dataset.values()[f];
      ConcurrentHashMap<String, Object> distinct = new ConcurrentHashMap<>();
      IntStream.range(0, dataset.size())
          .parallel()
          .forEach(
              r -> {
                if (raw[r] == null) {
                  column[r] = comparator.prepare(null);
                  return;
                }
                Object value =
                    distinct.computeIfAbsent(
                        raw[r],
                        text -> {
                          Object p = comparator.prepare(text);
                          return p == null ? missing : p;
                        });
                column[r] = value == missing ? null : value;
              });
    }
    return new PreparedRecords(dataset, prepared);
  }

  public Dataset dataset() {
    return dataset;
  }

  public int size() {
    return dataset.size();
  }

  public Object value(int field, int row) {
    return prepared[field][row];
  }
}
