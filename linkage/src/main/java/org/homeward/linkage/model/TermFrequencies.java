package org.homeward.linkage.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.linkage.compare.FieldComparator;
import org.homeward.linkage.compare.PreparedRecords;

/**
 * How common each value of a field is among all records of a run, for the term-frequency
 * adjustment: two records agreeing exactly on "Rakhimova" is stronger evidence than agreeing on
 * "Karimova" if Rakhimova is rarer. Only fields whose comparator gives a frequency key take part.
 *
 * <p>The adjustment is relative: log2(typical / frequency) bits on top of the top level's own
 * weight, where typical is the frequency of the value in an average exact agreement. Using the
 * frequency itself as u (as some engines do) fails for values seen once or twice: a list cannot
 * show a value rarer than one record in it, so every unique name would look only "1 in N" rare
 * while the estimated u of exact agreement among different people is far smaller.
 */
public final class TermFrequencies {

  private final List<Map<String, Integer>> counts;
  private final long[] totals;
  private final double[] typical;

  private TermFrequencies(List<Map<String, Integer>> counts, long[] totals) {
    this.counts = counts;
    this.totals = totals;
    this.typical = new double[totals.length];
    for (int f = 0; f < totals.length; f++) {
      double sum = 0;
      for (int c : counts.get(f).values()) {
        double share = c / (double) totals[f];
        sum += share * share;
      }
      typical[f] = sum;
    }
  }

  /** Rebuilds frequencies from saved counts ({@link #counts()}), e.g. from a model file. */
  public static TermFrequencies of(List<Map<String, Integer>> counts) {
    long[] totals = new long[counts.size()];
    for (int f = 0; f < counts.size(); f++) {
      for (int c : counts.get(f).values()) {
        totals[f] += c;
      }
    }
    return new TermFrequencies(List.copyOf(counts), totals);
  }

  /** Per field, how many records had each frequency key. */
  public List<Map<String, Integer>> counts() {
    return counts;
  }

  public static TermFrequencies count(
      List<FieldComparator<?>> comparators, List<PreparedRecords> lists) {
    List<Map<String, Integer>> counts = new java.util.ArrayList<>();
    long[] totals = new long[comparators.size()];
    for (int f = 0; f < comparators.size(); f++) {
      Map<String, Integer> map = new HashMap<>();
      for (PreparedRecords records : lists) {
        for (int row = 0; row < records.size(); row++) {
          Object value = records.value(f, row);
          String key = value == null ? null : comparators.get(f).frequencyKeyOf(value);
          if (key != null) {
            map.merge(key, 1, Integer::sum);
            totals[f]++;
          }
        }
      }
      counts.add(map);
    }
    return new TermFrequencies(counts, totals);
  }

  /** Share of records with this value, or NaN when the field keeps no frequencies. */
  public double frequency(int field, String key) {
    if (key == null || totals[field] == 0) {
      return Double.NaN;
    }
    return counts.get(field).getOrDefault(key, 1) / (double) totals[field];
  }

  /**
   * The frequency of the value in a typical exact agreement, Σ frequency²: what the top level's u
   * already stands for. A value this common gets no adjustment.
   */
  public double typical(int field) {
    return typical[field];
  }

  public boolean uses(int field) {
    return totals[field] > 0;
  }
}
