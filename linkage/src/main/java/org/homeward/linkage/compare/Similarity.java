package org.homeward.linkage.compare;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** String measures shared by comparators. */
final class Similarity {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance WITHIN_ONE = new LevenshteinDistance(1);

  private Similarity() {}

  static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    return JARO_WINKLER.apply(a, b);
  }

  /**
   * True when {@code a} and {@code b} differ by one typing slip: one character inserted, deleted or
   * replaced (Levenshtein distance 1), or two neighbours swapped. Levenshtein alone counts a swap
   * as two edits, the commonest slip in typed numbers.
   */
  static boolean oneSlip(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    if (WITHIN_ONE.apply(a, b) == 1) {
      return true;
    }
    if (a.length() != b.length()) {
      return false;
    }
    int first = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        first = i;
        break;
      }
    }
    return first >= 0
        && first + 1 < a.length()
        && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first)
        && a.substring(first + 2).equals(b.substring(first + 2));
  }
}
