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

  /**
   * Per field and level, whether any values' agreement there is adjusted for frequency: most
   * candidate pairs disagree, and skipping their values' frequencies saves reading them from
   * memory.
   */
  private final boolean[][] adjusted;

  /** More frequency keys than any comparator gives a value. */
  private static final int MAX_KEYS = 8;

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
    this.adjusted = new boolean[comparators.size()][];
    for (int f = 0; f < comparators.size(); f++) {
      FieldComparator<?> c = comparators.get(f);
      adjusted[f] = new boolean[c.levels().size()];
      for (int level = 0; level < adjusted[f].length; level++) {
        for (int keys = 1; keys <= MAX_KEYS; keys++) {
          for (int otherKeys = 1; otherKeys <= MAX_KEYS; otherKeys++) {
            adjusted[f][level] |= c.frequencyKeyIndexes(keys, otherKeys, level).length > 0;
          }
        }
      }
    }
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
      bits +=
          fieldBits(
              f,
              levels[offset + f],
              logWeights(f, left.value(f, l)),
              logWeights(f, right.value(f, r)));
    }
    return bits;
  }

  /** Field evidence (bits without the prior) of any pair, comparing it now. */
  public double evidence(PreparedRecords left, int l, PreparedRecords right, int r) {
    byte[] levels = new byte[comparators.size()];
    comparator.compare(left, l, right, r, levels, 0);
    return evidence(levels, 0, left, l, right, r);
  }

  /**
   * Scores pairs of two lists with every value's term frequencies looked up once, not once per
   * pair: for the tens of millions of candidate pairs of a large dedupe.
   */
  public Scorer scorer(PreparedRecords left, PreparedRecords right) {
    float[][][] leftWeights = frequencies.logWeights(comparators, left);
    float[][][] rightWeights =
        right == left ? leftWeights : frequencies.logWeights(comparators, right);
    return new Scorer(left, right, leftWeights, rightWeights);
  }

  /** {@link #weight} and {@link #evidence} for the pairs of two given lists. */
  public final class Scorer {
    private final PreparedRecords left;
    private final PreparedRecords right;
    private final float[][][] leftWeights;
    private final float[][][] rightWeights;

    private Scorer(
        PreparedRecords left,
        PreparedRecords right,
        float[][][] leftWeights,
        float[][][] rightWeights) {
      this.left = left;
      this.right = right;
      this.leftWeights = leftWeights;
      this.rightWeights = rightWeights;
    }

    public double weight(byte[] levels, int offset, int l, int r) {
      return parameters.priorBits() + evidence(levels, offset, l, r);
    }

    public double evidence(byte[] levels, int offset, int l, int r) {
      double bits = 0;
      for (int f = 0; f < comparators.size(); f++) {
        int level = levels[offset + f];
        bits +=
            level < 0 || leftWeights[f] == null || !adjusted[f][level]
                ? parameters.bits(f, level)
                : fieldBits(f, level, leftWeights[f][l], rightWeights[f][r]);
      }
      return bits;
    }

    /** Field evidence of any pair of the two lists, comparing it now. */
    public double evidence(int l, int r) {
      byte[] levels = new byte[comparators.size()];
      comparator.compare(left, l, right, r, levels, 0);
      return evidence(levels, 0, l, r);
    }
  }

  private float[] logWeights(int f, Object value) {
    return value == null || !frequencies.uses(f)
        ? null
        : frequencies.logWeights(f, comparators.get(f).frequencyKeysOf(value));
  }

  /**
   * The level's bits, adjusted for how common the agreed value is where the level is: log2(typical
   * / frequency) more. Of the two values' frequencies the commoner is used, key by key: the
   * conservative choice.
   */
  private double fieldBits(int f, int level, float[] xw, float[] yw) {
    double bits = parameters.bits(f, level);
    // A value may be missing here when the names were matched across columns.
    if (level < 0 || xw == null || yw == null) {
      return bits;
    }
    FieldComparator<?> comparator = comparators.get(f);
    int xCount = xw.length / 2;
    int yCount = yw.length / 2;
    int[] xKeys = comparator.frequencyKeyIndexes(xCount, yCount, level);
    int[] yKeys = comparator.frequencyKeyIndexes(yCount, xCount, level);
    if (xKeys.length == 0 || xKeys.length != yKeys.length) {
      return bits;
    }
    double logFrequency = 0;
    for (int k = 0; k < xKeys.length; k++) {
      logFrequency += Math.max(xw[xKeys[k]], yw[yKeys[k]]);
    }
    double logTypical = xw[xw.length / 2 + xKeys[0]];
    if (Double.isNaN(logFrequency) || Double.isNaN(logTypical)) {
      return bits;
    }
    return bits + Math.max(logTypical, LOG_FLOOR) - Math.max(logFrequency, LOG_FLOOR);
  }

  /** Frequencies are kept away from 0, as probabilities are (see {@link FellegiSunter}). */
  private static final double LOG_FLOOR = FellegiSunter.log2(FellegiSunter.FLOOR);

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
      double bits =
          fieldBits(f, level, logWeights(f, left.value(f, l)), logWeights(f, right.value(f, r)));
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
