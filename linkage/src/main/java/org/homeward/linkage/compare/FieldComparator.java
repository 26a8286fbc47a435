package org.homeward.linkage.compare;

import java.util.List;

/**
 * Compares one field of two records: {@link #prepare} turns each raw value into a form that is
 * cheap to compare (done once per record), {@link #level} gives the comparison level of two
 * prepared values. Level 0 is the strongest agreement, the last level clear disagreement; missing
 * values give no level at all (null evidence). Implementations are thread-safe.
 *
 * @param <T> the prepared form
 */
public abstract sealed class FieldComparator<T>
    permits NameComparator,
        DateComparator,
        CategoryComparator,
        CodeComparator,
        PlaceComparator,
        TextComparator,
        EmailComparator {

  /** The prepared value, or null when the raw value is missing or unusable. */
  public abstract T prepare(String raw);

  /** Level index (0 = best) for two non-null prepared values. */
  public abstract int level(T a, T b);

  /** The levels, best first. */
  public abstract List<Level> levels();

  /**
   * Key whose frequency among records measures how common a value is, for the term-frequency
   * adjustment of the top level; null when this comparator does not use one.
   */
  public String frequencyKey(T prepared) {
    return null;
  }

  /** {@link #level} for values held untyped. */
  @SuppressWarnings("unchecked")
  public final int levelOf(Object a, Object b) {
    return level((T) a, (T) b);
  }

  @SuppressWarnings("unchecked")
  public final String frequencyKeyOf(Object prepared) {
    return frequencyKey((T) prepared);
  }
}
