package org.homeward.linkage.explain;

import java.util.List;
import java.util.Locale;

/**
 * Why a pair got its score: each field's evidence, the prior, the total match weight in bits and
 * the probability and decision that follow.
 */
public record Explanation(
    String leftId,
    String rightId,
    List<FieldEvidence> fields,
    double priorBits,
    double weightBits,
    double probability,
    String decision,
    boolean candidate) {

  public Explanation {
    fields = List.copyOf(fields);
  }

  /** The explanation as a registrar reads it; shows the two records' compared values. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s and %s: %s, probability %.4f (match weight %+.1f bits)%n",
            leftId,
            rightId,
            decision.replace('_', '-'),
            probability,
            weightBits));
    if (!candidate) {
      out.append("(no blocking rule proposed this pair, so `link` would not have compared it)\n");
    }
    out.append(
        String.format(
            Locale.ROOT,
            "  Starting point: %+.1f bits (how rarely two records picked at random are one person)%n",
            priorBits));
    for (FieldEvidence field : fields) {
      out.append("  ").append(field.sentence()).append('\n');
      out.append("      ")
          .append(show(field.leftValue()))
          .append("  |  ")
          .append(show(field.rightValue()))
          .append('\n');
    }
    return out.toString();
  }

  private static String show(String value) {
    return value == null || value.isEmpty() ? "(missing)" : value;
  }
}
