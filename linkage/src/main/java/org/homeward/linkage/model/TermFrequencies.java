package org.homeward.linkage.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.linkage.compare.FieldComparator;
import org.homeward.linkage.compare.PreparedRecords;

/**
 * How common each value of a field is among all records of a run, for the term-frequency
 * adjustment: two records agreeing exactly on "Rakhimova" is stronger evidence than agreeing on
 * "Karimova" if Rakhimova is rarer. Only fields whose comparator gives frequency keys take part; a
 * key's class (a name as written, its skeleton, a full date, a year …) is counted on its own.
 *
 * <p>The adjustment is relative: log2(typical / frequency) bits on top of the level's own weight,
 * where typical is the frequency of the value in an average agreement of that class. Using the
 * frequency itself as u (as some engines do) fails for values seen once or twice: a list cannot
 * show a value rarer than one record in it, so every unique name would look only "1 in N" rare
 * while the estimated u of exact agreement among different people is far smaller.
 */
public final class TermFrequencies {

  private final List<Map<String, Integer>> counts;
  private final List<Map<String, Long>> totals = new ArrayList<>();
  private final List<Map<String, Double>> typical = new ArrayList<>();

  private TermFrequencies(List<Map<String, Integer>> counts) {
    this.counts = counts;
    for (Map<String, Integer> field : counts) {
      Map<String, Long> classTotals = new HashMap<>();
      field.forEach((key, count) -> classTotals.merge(classOf(key), (long) count, Long::sum));
      Map<String, Double> classTypical = new HashMap<>();
      field.forEach(
          (key, count) -> {
            String keyClass = classOf(key);
            double share = count / (double) classTotals.get(keyClass);
            classTypical.merge(keyClass, share * share, Double::sum);
          });
      totals.add(classTotals);
      typical.add(classTypical);
    }
  }

  /** Rebuilds frequencies from saved counts ({@link #counts()}), e.g. from a model file. */
  public static TermFrequencies of(List<Map<String, Integer>> counts) {
    return new TermFrequencies(List.copyOf(counts));
  }

  /** Per field, how many records had each frequency key. */
  public List<Map<String, Integer>> counts() {
    return counts;
  }

  public static TermFrequencies count(
      List<FieldComparator<?>> comparators, List<PreparedRecords> lists) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    for (int f = 0; f < comparators.size(); f++) {
      Map<String, Integer> map = new HashMap<>();
      for (PreparedRecords records : lists) {
        for (int row = 0; row < records.size(); row++) {
          Object value = records.value(f, row);
          if (value != null) {
            for (String key : comparators.get(f).frequencyKeysOf(value)) {
              map.merge(key, 1, Integer::sum);
            }
          }
        }
      }
      counts.add(map);
    }
    return new TermFrequencies(counts);
  }

  /**
   * Share of the records with a key of this key's class that have this key (a key never seen counts
   * as seen once), or NaN for no key.
   */
  public double frequency(int field, String key) {
    if (key == null) {
      return Double.NaN;
    }
    Long total = totals.get(field).get(classOf(key));
    if (total == null) {
      return Double.NaN;
    }
    return counts.get(field).getOrDefault(key, 1) / (double) total;
  }

  /**
   * The frequency of a value of this key's class in a typical agreement, Σ frequency²: what the
   * level's u already stands for. A value this common gets no adjustment.
   */
  public double typical(int field, String key) {
    return typical.get(field).getOrDefault(classOf(key), Double.NaN);
  }

  public boolean uses(int field) {
    return !counts.get(field).isEmpty();
  }

  private static String classOf(String key) {
    int end = key.indexOf(FieldComparator.KEY_CLASS_END);
    return end < 0 ? "" : key.substring(0, end);
  }
}
