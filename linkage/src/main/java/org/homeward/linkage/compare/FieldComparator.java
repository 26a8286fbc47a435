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
   * Every key under which this value is counted for the term-frequency adjustment: agreeing on
   * "Rakhimova" counts for more than on "Karimova" when Rakhimova is rarer. A key is a class and a
   * value joined by {@link #KEY_CLASS_END}; each class is counted on its own (its share of the
   * records that have a key of that class), so that, say, a full date is measured against other
   * full dates and a birth year against other years. Empty when this comparator uses none.
   */
  public List<String> frequencyKeys(T prepared) {
    return List.of();
  }

  /**
   * Which of a value's {@link #frequencyKeys} (by position) measure how common it is when it
   * reaches {@code level} against another value; {@link #NONE} when that level is not adjusted. The
   * value's frequency is the product of theirs (a name's and, independent of it, a patronymic's);
   * the first key's class gives the typical agreement it is measured against. The other value's
   * positions for the same level name keys of the same classes.
   *
   * <p>Decided from how many keys each value has, not from the values: scoring asks for every
   * candidate pair, and reading two records' prepared values from memory costs more than the rest
   * of the adjustment.
   *
   * @param keys how many frequency keys the value has
   * @param otherKeys how many the other value has
   */
  public int[] frequencyKeyIndexes(int keys, int otherKeys, int level) {
    return NONE;
  }

  /** No key: the level is not adjusted for frequency. */
  protected static final int[] NONE = {};

  /** Ends a frequency key's class: a character no value holds. */
  public static final char KEY_CLASS_END = '\u001f';

  /** A frequency key of the given class. */
  protected static String frequencyKey(String keyClass, String value) {
    return keyClass + KEY_CLASS_END + value;
  }

  /** {@link #level} for values held untyped. */
  @SuppressWarnings("unchecked")
  public final int levelOf(Object a, Object b) {
    return level((T) a, (T) b);
  }

  @SuppressWarnings("unchecked")
  public final List<String> frequencyKeysOf(Object prepared) {
    return frequencyKeys((T) prepared);
  }
}
