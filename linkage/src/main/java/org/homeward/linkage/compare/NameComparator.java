package org.homeward.linkage.compare;

import java.util.ArrayList;
import java.util.List;
import org.homeward.linkage.names.NameForms;
import org.homeward.linkage.names.NameWord;
import org.homeward.linkage.settings.FieldKind;

/**
 * Compares personal names written in any script, in any word order.
 *
 * <p>Two words are scored by the best of: a shared Latin rendering (1.0; Cyrillic words have one
 * per passport standard), Jaro–Winkler on the renderings, the same script-surviving consonant key
 * (0.93: how Arabic-script spellings, which omit short vowels, meet Latin ones), the same Double
 * Metaphone code (0.90), an initial against a word with that first letter (0.85). Words are paired
 * one-to-one, best pairs first, so word order does not matter; the name's score is the mean over
 * the shorter name, and every paired word must reach 0.84 for "close" or "similar". Patronymics
 * count only when both names have one (lists often omit them); particles (bin, al-, van ...) were
 * dropped when the name was prepared. Names written with or without a space ("Abdulaziz" / "Abdul
 * Aziz") are also compared joined up.
 */
public final class NameComparator extends FieldComparator<NameComparator.Prepared> {

  static final int EXACT = 0;
  static final int CLOSE = 1;
  static final int MOSTLY_CLOSE = 2;
  static final int SIMILAR = 3;
  static final int PARTLY_SIMILAR = 4;
  static final int PARTLY = 5;
  static final int DIFFERENT = 6;

  private static final double CLOSE_SCORE = 0.92;
  private static final double SIMILAR_SCORE = 0.80;
  private static final double SIMILAR_WORD = 0.84;
  private static final double CLOSE_WORD = 0.90;
  private static final double LOOSE_WORD = 0.70;
  private static final double SAME_KEY = 0.93;
  private static final double SAME_SOUND = 0.90;
  private static final double INITIAL = 0.85;
  private static final double NEAR_KEY = 0.88;

  private final NameForms forms = NameForms.standard();

  /**
   * Shared by all name comparators: ids stand for a word's content, and a given-name comparator
   * also compares family-name values (names written in each other's columns).
   */
  private static final WordSimilarities similarities = new WordSimilarities();

  private final List<Level> levels;

  /**
   * A name ready for comparison.
   *
   * @param frequencyKeys its {@link #frequencyKeys}: the name words' main Latin renderings sorted,
   *     the same with the patronymic, and the script-surviving skeletons sorted (with and without
   *     the patronymic); none when the name has no name words
   */
  public record Prepared(
      List<NameWord> words,
      String joined,
      String joinedKey,
      List<String> frequencyKeys,
      int[] wordIds) {
    public Prepared {
      words = List.copyOf(words);
      frequencyKeys = List.copyOf(frequencyKeys);
      wordIds = wordIds.clone();
    }

    boolean hasPatronymic() {
      for (NameWord w : words) {
        if (w.role() == NameWord.Role.PATRONYMIC) {
          return true;
        }
      }
      return false;
    }
  }

  NameComparator(FieldKind kind) {
    String noun =
        switch (kind) {
          case GIVEN_NAME -> "given names";
          case FAMILY_NAME -> "family names";
          case PATRONYMIC -> "patronymics";
          default -> "names";
        };
    levels =
        List.of(
            new Level("exact", "the same " + noun + " (in some standard spelling)"),
            new Level("close", "the same " + noun + " in another spelling or script"),
            new Level(
                "mostly_close",
                "nearly the same " + noun + ", but one word spelt quite differently"),
            new Level("similar", "similar " + noun + ", as with a typing or hearing slip"),
            new Level("partly_similar", "part of the " + noun + " agree, the rest look alike"),
            new Level("partly", "only part of the " + noun + " agree"),
            new Level("different", "different " + noun));
  }

  @Override
  public Prepared prepare(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    List<NameWord> words = forms.words(raw);
    if (words.isEmpty()) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    StringBuilder joinedKey = new StringBuilder();
    for (NameWord w : words) {
      if (w.role() == NameWord.Role.NAME) {
        joined.append(w.latin());
        joinedKey.append(w.key());
      }
    }
    int[] ids = new int[words.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = similarities.id(words.get(i));
    }
    return new Prepared(
        words, joined.toString(), joinedKey.toString(), frequencyKeysOf(words), ids);
  }

  /**
   * How common the name is, counted as written (for "exact") and as its skeletons (for "close",
   * which is how a name meets itself across scripts); and the same for the patronymic, counted
   * among names that have one, for pairs where both names have one: "Ergashev Zaur Shamilevich" is
   * far rarer than "Ergashev Zaur", and a father's name is independent of the child's.
   */
  private static List<String> frequencyKeysOf(List<NameWord> words) {
    List<String> latins = new ArrayList<>();
    List<String> skeletons = new ArrayList<>();
    List<String> patronymicLatins = new ArrayList<>();
    List<String> patronymicSkeletons = new ArrayList<>();
    for (NameWord w : words) {
      if (w.role() == NameWord.Role.NAME) {
        latins.add(w.latin());
        skeletons.add(w.key());
      } else if (w.role() == NameWord.Role.PATRONYMIC) {
        patronymicLatins.add(w.latin());
        patronymicSkeletons.add(w.key());
      }
    }
    if (latins.isEmpty()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(4);
    keys.add(frequencyKey(NAMES, sortedWords(latins)));
    keys.add(frequencyKey(SKELETONS, sortedWords(skeletons)));
    if (!patronymicLatins.isEmpty()) {
      keys.add(frequencyKey(PATRONYMIC, sortedWords(patronymicLatins)));
      keys.add(frequencyKey(PATRONYMIC_SKELETON, sortedWords(patronymicSkeletons)));
    }
    return keys;
  }

  private static final String NAMES = "names";
  private static final String SKELETONS = "skeletons";
  private static final String PATRONYMIC = "patronymic";
  private static final String PATRONYMIC_SKELETON = "patronymic skeleton";

  private static String sortedWords(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(null);
    return String.join(" ", sorted);
  }

  @Override
  public List<String> frequencyKeys(Prepared prepared) {
    return prepared.frequencyKeys();
  }

  /**
   * "exact" is measured by the name as written, "close" by its skeleton; each with the patronymic
   * when both names have one (then it took part in the comparison).
   */
  @Override
  public int[] frequencyKeyIndexes(int keys, int otherKeys, int level) {
    if ((level != EXACT && level != CLOSE) || keys == 0) {
      return NONE;
    }
    boolean patronymics = keys > 2 && otherKeys > 2;
    if (level == EXACT) {
      return patronymics ? AS_WRITTEN_AND_PATRONYMIC : AS_WRITTEN;
    }
    return patronymics ? SKELETONS_AND_PATRONYMIC : SKELETONS_ONLY;
  }

  // Positions in frequencyKeysOf's list.
  private static final int[] AS_WRITTEN = {0};
  private static final int[] SKELETONS_ONLY = {1};
  private static final int[] AS_WRITTEN_AND_PATRONYMIC = {0, 2};
  private static final int[] SKELETONS_AND_PATRONYMIC = {1, 3};

  @Override
  public List<Level> levels() {
    return levels;
  }

  @Override
  public int level(Prepared a, Prepared b) {
    boolean patronymics = a.hasPatronymic() && b.hasPatronymic();
    int[] xs = compared(a, patronymics);
    int[] ys = compared(b, patronymics);
    if (xs.length == 0 || ys.length == 0) {
      xs = compared(a, true);
      ys = compared(b, true);
    }
    int n = Math.min(xs.length, ys.length);
    double[][] sims = new double[xs.length][ys.length];
    for (int i = 0; i < xs.length; i++) {
      for (int j = 0; j < ys.length; j++) {
        sims[i][j] =
            similarities.similarity(
                a.words().get(xs[i]), a.wordIds()[xs[i]], b.words().get(ys[j]), b.wordIds()[ys[j]]);
      }
    }
    // Greedy one-to-one pairing, best first: exact enough for names of a few words.
    boolean[] usedX = new boolean[xs.length];
    boolean[] usedY = new boolean[ys.length];
    double total = 0;
    double best = 0;
    double worst = 1;
    boolean allExact = xs.length == ys.length;
    for (int k = 0; k < n; k++) {
      int bi = -1;
      int bj = -1;
      double bs = -1;
      for (int i = 0; i < xs.length; i++) {
        if (usedX[i]) {
          continue;
        }
        for (int j = 0; j < ys.length; j++) {
          if (!usedY[j] && sims[i][j] > bs) {
            bs = sims[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      usedX[bi] = true;
      usedY[bj] = true;
      total += bs;
      best = Math.max(best, bs);
      worst = Math.min(worst, bs);
      allExact &= bs == 1.0;
    }
    if (allExact) {
      return EXACT;
    }
    double score = total / n;
    // One word against several ("Madina" / "Madina Rakhimova") shows only partial agreement,
    // unless the several are the one written apart ("Abdulaziz" / "Abdul Aziz").
    boolean partialCover = n == 1 && Math.max(xs.length, ys.length) > 1;
    if (partialCover && !a.joined().isEmpty() && !b.joined().isEmpty()) {
      double joined = Similarity.jaroWinkler(a.joined(), b.joined());
      if (joined == 1.0 || a.joinedKey().equals(b.joinedKey())) {
        return CLOSE;
      }
      if (joined >= CLOSE_SCORE) {
        return SIMILAR;
      }
    }
    // Every word must pass, not only the mean: "Madina Rakhimova" and "Zarina Rakhimova" average
    // 0.89 but are different people. For "close" every word must be the same word in another
    // spelling (a shared key or sound, or nearly the same letters); "Karimova Parvina" and
    // "Kadyrova Parvina" average 0.93 but one word differs by more than a spelling: among
    // different people with a small stock of names that is far commoner, so it is a level of its
    // own, weighed by EM.
    if (!partialCover && score >= CLOSE_SCORE && worst >= CLOSE_WORD) {
      return CLOSE;
    }
    if (!partialCover && score >= CLOSE_SCORE && worst >= SIMILAR_WORD) {
      return MOSTLY_CLOSE;
    }
    if (!partialCover && score >= SIMILAR_SCORE && worst >= SIMILAR_WORD) {
      return SIMILAR;
    }
    if (best < CLOSE_SCORE) {
      return DIFFERENT;
    }
    return !partialCover && worst >= LOOSE_WORD ? PARTLY_SIMILAR : PARTLY;
  }

  /** Indices of the words compared: all, or all but patronymics. */
  private static int[] compared(Prepared name, boolean patronymics) {
    List<NameWord> words = name.words();
    int[] out = new int[words.size()];
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (patronymics || words.get(i).role() != NameWord.Role.PATRONYMIC) {
        out[n++] = i;
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  private static boolean sharesKey(NameWord a, NameWord b) {
    for (String x : a.keys()) {
      if (x.length() >= 2 && b.keys().contains(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An Arabic-script word against one in another script whose consonant skeletons (of three or more
   * consonants) differ by one consonant added, dropped, changed or swapped: Arabic writes foreign
   * consonants by approximation (Giménez خيمينيز "khymynyz", Yevhen ييفغين with gh for h) and its
   * vowel letters are read as consonants or not, so one consonant apart is as near as such
   * spellings come without being the same.
   */
  private static boolean keysOneSlipApart(NameWord a, NameWord b) {
    for (String x : a.keys()) {
      if (x.length() < 3) {
        continue;
      }
      for (String y : b.keys()) {
        if (y.length() >= 3 && Similarity.oneSlip(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Similarity of two words, 0 to 1; 1 only when they share a rendering. */
  static double wordSimilarity(NameWord a, NameWord b) {
    if (a.role() == NameWord.Role.INITIAL || b.role() == NameWord.Role.INITIAL) {
      return a.latin().charAt(0) == b.latin().charAt(0)
          ? (a.latin().length() == b.latin().length() ? 1.0 : INITIAL)
          : 0.0;
    }
    double best = 0;
    for (String x : a.latins()) {
      for (String y : b.latins()) {
        if (x.equals(y)) {
          return 1.0;
        }
        best = Math.max(best, Similarity.jaroWinkler(x, y));
      }
    }
    // A key of one consonant ("a" + one, or one letter) says too little to count as the same name.
    if (sharesKey(a, b)) {
      best = Math.max(best, SAME_KEY);
    }
    if (!a.phonetic().isEmpty() && a.phonetic().equals(b.phonetic())) {
      best = Math.max(best, SAME_SOUND);
    }
    if (best < NEAR_KEY && a.arabic() != b.arabic() && keysOneSlipApart(a, b)) {
      best = NEAR_KEY;
    }
    return Math.min(best, 0.999); // only a shared rendering is exact
  }
}
