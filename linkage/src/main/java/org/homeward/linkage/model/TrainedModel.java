package org.homeward.linkage.model;

import java.util.ArrayList;
import java.util.List;
import org.homeward.linkage.compare.FieldComparator;
import org.homeward.linkage.compare.Level;
import org.homeward.linkage.compare.PreparedRecords;
import org.homeward.linkage.compare.RecordComparator;
import org.homeward.linkage.explain.Explanation;
import org.homeward.linkage.explain.FieldEvidence;
import org.homeward.linkage.settings.FieldSpec;
import org.homeward.linkage.settings.LinkageSettings;
import org.homeward.linkage.settings.Thresholds;

/**
 * Estimated parameters plus the comparators and term frequencies: scores and explains any pair of
 * prepared records. Immutable and thread-safe; can score records that were not in the training run
 * (prepare them with the same comparators).
 */
public final class TrainedModel {

  private final LinkageSettings settings;
  private final RecordComparator comparator;
  private final List<FieldComparator<?>> comparators;
  private final FellegiSunter parameters;
  private final TermFrequencies frequencies;

  public TrainedModel(
      LinkageSettings settings,
      RecordComparator comparator,
      FellegiSunter parameters,
      TermFrequencies frequencies) {
    this.settings = settings;
    this.comparator = comparator;
    this.comparators = comparator.fields();
    this.parameters = parameters;
    this.frequencies = frequencies;
  }

  public LinkageSettings settings() {
    return settings;
  }

  public TermFrequencies frequencies() {
    return frequencies;
  }

  public FellegiSunter parameters() {
    return parameters;
  }

  public List<FieldComparator<?>> comparators() {
    return comparators;
  }

  /** Match weight in bits, prior included, of a pair whose levels are already computed. */
  public double weight(
      byte[] levels, int offset, PreparedRecords left, int l, PreparedRecords right, int r) {
    return parameters.priorBits() + evidence(levels, offset, left, l, right, r);
  }

  /** Sum of the fields' bits, without the prior. */
  public double evidence(
      byte[] levels, int offset, PreparedRecords left, int l, PreparedRecords right, int r) {
    double bits = 0;
    for (int f = 0; f < comparators.size(); f++) {
      bits += fieldBits(f, levels[offset + f], left, l, right, r);
    }
    return bits;
  }

  /** Field evidence (bits without the prior) of any pair, comparing it now. */
  public double evidence(PreparedRecords left, int l, PreparedRecords right, int r) {
    byte[] levels = new byte[comparators.size()];
    comparator.compare(left, l, right, r, levels, 0);
    return evidence(levels, 0, left, l, right, r);
  }

  private double fieldBits(
      int f, int level, PreparedRecords left, int l, PreparedRecords right, int r) {
    if (level >= 0 && frequencies.uses(f)) {
      double bits = bitsWithFrequency(f, level, left.value(f, l), right.value(f, r));
      if (!Double.isNaN(bits)) {
        return bits;
      }
    }
    return parameters.bits(f, level);
  }

  /**
   * The level's bits adjusted for how common the agreed value is, or NaN when the level is not
   * adjusted. Of the two values' frequencies the commoner is used, key by key: the conservative
   * choice.
   */
  private double bitsWithFrequency(int f, int level, Object x, Object y) {
    // A value may be missing here when the names were matched across columns.
    if (x == null || y == null) {
      return Double.NaN;
    }
    FieldComparator<?> comparator = comparators.get(f);
    List<String> xKeys = comparator.frequencyKeysOf(x, y, level);
    List<String> yKeys = comparator.frequencyKeysOf(y, x, level);
    if (xKeys.isEmpty() || xKeys.size() != yKeys.size()) {
      return Double.NaN;
    }
    double frequency = 1;
    for (int k = 0; k < xKeys.size(); k++) {
      double a = frequencies.frequency(f, xKeys.get(k));
      double b = frequencies.frequency(f, yKeys.get(k));
      if (Double.isNaN(a) || Double.isNaN(b)) {
        return Double.NaN;
      }
      frequency *= Math.max(a, b);
    }
    double typical = frequencies.typical(f, xKeys.get(0));
    return parameters.bitsWithFrequency(f, level, frequency, typical);
  }

  /** Explains one pair: every field's level, bits and sentence. */
  public Explanation explain(
      PreparedRecords left,
      int l,
      PreparedRecords right,
      int r,
      Thresholds thresholds,
      boolean candidate) {
    byte[] levels = new byte[comparators.size()];
    comparator.compare(left, l, right, r, levels, 0);
    List<FieldEvidence> fields = new ArrayList<>();
    for (int f = 0; f < comparators.size(); f++) {
      FieldSpec spec = settings.fields().get(f);
      int level = levels[f];
      double bits = fieldBits(f, level, left, l, right, r);
      String leftValue = left.dataset().value(f, l);
      String rightValue = right.dataset().value(f, r);
      if (level < 0) {
        fields.add(
            new FieldEvidence(
                spec.column(),
                spec.kind().jsonName(),
                "missing",
                "missing on one side or both, no evidence",
                0,
                "",
                leftValue,
                rightValue));
        continue;
      }
      Level reached = comparators.get(f).levels().get(level);
      String note = "";
      if (frequencies.uses(f)) {
        double base = parameters.bits(f, level);
        if (bits > base + 1) {
          note = "an uncommon value here, which counts for more";
        } else if (bits < base - 1) {
          note = "a common value here, which counts for less";
        }
      }
      fields.add(
          new FieldEvidence(
              spec.column(),
              spec.kind().jsonName(),
              reached.code(),
              reached.phrase(),
              bits,
              note,
              leftValue,
              rightValue));
    }
    double evidence = fields.stream().mapToDouble(FieldEvidence::bits).sum();
    double weight = parameters.priorBits() + evidence;
    double probability = FellegiSunter.probability(weight);
    return new Explanation(
        left.dataset().ids().get(l),
        right.dataset().ids().get(r),
        fields,
        parameters.priorBits(),
        weight,
        probability,
        thresholds.decide(probability).label(),
        candidate);
  }
}
