package org.homeward.linkage.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

  /**
   * Each key's share and its class's typical agreement, worked out once: scoring looks them up for
   * every candidate pair (tens of millions in a large dedupe).
   */
  private final List<Map<String, Term>> terms = new ArrayList<>();

  private record Term(double share, double typical) {}

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
      Map<String, Term> fieldTerms = new HashMap<>(field.size() * 2);
      field.forEach(
          (key, count) -> {
            String keyClass = classOf(key);
            fieldTerms.put(
                key,
                new Term(count / (double) classTotals.get(keyClass), classTypical.get(keyClass)));
          });
      totals.add(classTotals);
      typical.add(classTypical);
      terms.add(fieldTerms);
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
      // Rows that share a prepared value are counted together: its keys are made once.
      Map<Object, Integer> values = new IdentityHashMap<>();
      for (PreparedRecords records : lists) {
        for (int row = 0; row < records.size(); row++) {
          Object value = records.value(f, row);
          if (value != null) {
            values.merge(value, 1, Integer::sum);
          }
        }
      }
      Map<String, Integer> map = new HashMap<>();
      FieldComparator<?> comparator = comparators.get(f);
      values.forEach(
          (value, rows) -> {
            for (String key : comparator.frequencyKeysOf(value)) {
              map.merge(key, rows, Integer::sum);
            }
          });
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
    Term term = terms.get(field).get(key);
    if (term != null) {
      return term.share();
    }
    Long total = totals.get(field).get(classOf(key));
    if (total == null) {
      return Double.NaN;
    }
    return 1 / (double) total; // a key the counts never saw: a record of a list added since
  }

  /**
   * The frequency of a value of this key's class in a typical agreement, Σ frequency²: what the
   * level's u already stands for. A value this common gets no adjustment.
   */
  public double typical(int field, String key) {
    Term term = terms.get(field).get(key);
    if (term != null) {
      return term.typical();
    }
    return typical.get(field).getOrDefault(classOf(key), Double.NaN);
  }

  /**
   * The log2 shares of {@code keys}, then the log2 typical agreement of each one's class: what
   * scoring needs of a value, worked out once per value (NaN for a class never counted).
   */
  public float[] logWeights(int field, List<String> keys) {
    float[] out = new float[keys.size() * 2];
    for (int k = 0; k < keys.size(); k++) {
      out[k] = (float) FellegiSunter.log2(frequency(field, keys.get(k)));
      out[keys.size() + k] = (float) FellegiSunter.log2(typical(field, keys.get(k)));
    }
    return out;
  }

  /**
   * {@link #logWeights} of every record of a list, per field ({@code [field][row]}, null where the
   * value is missing or the field keeps no frequencies). Rows that share a prepared value share its
   * array.
   */
  public float[][][] logWeights(List<FieldComparator<?>> comparators, PreparedRecords records) {
    float[][][] table = new float[comparators.size()][][];
    for (int f = 0; f < comparators.size(); f++) {
      if (!uses(f)) {
        continue;
      }
      table[f] = new float[records.size()][];
      Map<Object, float[]> seen = new IdentityHashMap<>();
      for (int row = 0; row < records.size(); row++) {
        Object value = records.value(f, row);
        if (value != null) {
          int field = f;
          FieldComparator<?> comparator = comparators.get(f);
          table[f][row] =
              seen.computeIfAbsent(value, v -> logWeights(field, comparator.frequencyKeysOf(v)));
        }
      }
    }
    return table;
  }

  public boolean uses(int field) {
    return !counts.get(field).isEmpty();
  }

  private static String classOf(String key) {
    int end = key.indexOf(FieldComparator.KEY_CLASS_END);
    return end < 0 ? "" : key.substring(0, end);
  }
}
