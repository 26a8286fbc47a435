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
    if (a.length() <= 64 && b.length() <= 64) {
      return jaroWinklerShort(a, b);
    }
    return JARO_WINKLER.apply(a, b);
  }

  /**
   * Commons Text's Jaro–Winkler, the same arithmetic (a test checks equality on random names), for
   * strings of up to 64 characters without allocating: the library allocates four arrays per call,
   * and a name comparison calls it for every pair of renderings of every pair of words — tens of
   * millions of times in a large dedupe, where the garbage cost as much as the comparisons. Which
   * characters matched is kept in two {@code long} bit sets instead of arrays.
   */
  static double jaroWinklerShort(String first, String second) {
    String max = first.length() > second.length() ? first : second;
    String min = max == first ? second : first;
    int range = Math.max(max.length() / 2 - 1, 0);
    long maxMatched = 0;
    long minMatched = 0;
    int matches = 0;
    for (int mi = 0; mi < min.length(); mi++) {
      char c = min.charAt(mi);
      for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, max.length());
          xi < xn;
          xi++) {
        if ((maxMatched & (1L << xi)) == 0 && c == max.charAt(xi)) {
          maxMatched |= 1L << xi;
          minMatched |= 1L << mi;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    for (long a = minMatched, b = maxMatched; a != 0; a &= a - 1, b &= b - 1) {
      if (min.charAt(Long.numberOfTrailingZeros(a)) != max.charAt(Long.numberOfTrailingZeros(b))) {
        transpositions++;
      }
    }
    int prefix = 0;
    for (int i = 0; i < Math.min(4, min.length()) && first.charAt(i) == second.charAt(i); i++) {
      prefix++;
    }
    double m = matches;
    double j = (m / first.length() + m / second.length() + (m - transpositions / 2.0) / m) / 3;
    return j < 0.7 ? j : j + 0.1 * prefix * (1.0 - j);
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
