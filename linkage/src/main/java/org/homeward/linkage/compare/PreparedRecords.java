package org.homeward.linkage.compare;

import java.util.List;
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

  /** Prepares every value, fields in parallel rows (transliteration dominates the cost). */
  public static PreparedRecords prepare(Dataset dataset, List<FieldComparator<?>> comparators) {
    Object[][] prepared = new Object[comparators.size()][dataset.size()];
    for (int f = 0; f < comparators.size(); f++) {
      FieldComparator<?> comparator = comparators.get(f);
      Object[] column = prepared[f];
      String[] raw = dataset.values()[f];
      IntStream.range(0, dataset.size())
          .parallel()
          .forEach(r -> column[r] = comparator.prepare(raw[r]));
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
