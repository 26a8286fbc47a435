package org.homeward.linkage.names;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Search forms of personal names written in any script: "Мадина Рахимова", "Madina Rakhimova" and
 * "مدينة رحيموفا" give the same keys.
 *
 * <p>Thread-safe; use {@link #standard()}. Transliterators are pooled and results cached, so the
 * methods are cheap enough to call for every name word at start-up and for every query.
 */
public final class NameKeys {

  private static final NameKeys STANDARD = new NameKeys();

  /**
   * Word separators: white space, dashes and hyphens (double-barrelled names), dots of initials
   * ("M.A. Rakhimova"), commas ("Rakhimova, Madina"), slashes, brackets, quotes and the Arabic
   * comma; white space includes no-break spaces. Apostrophes are not separators: inside a word they
   * are part of it (Uzbek G'afur, O'Brien, the soft sign rendered as ') and the transliteration
   * drops them.
   */
  private static final Pattern SEPARATORS =
      Pattern.compile(
          "[\\s\\p{Pd}.,;:/\\\\()\\[\\]{}\"«»“”„،؛_+&|]+", Pattern.UNICODE_CHARACTER_CLASS);

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private final Transliteration transliteration = new Transliteration();

  /** Package-private so tests can build instances with empty caches; others use standard(). */
  NameKeys() {}

  /** The shared instance. */
  public static NameKeys standard() {
    return STANDARD;
  }

  /**
   * The words of {@code fullName}, in their written order, each with its Latin form and key. Words
   * that have no letters or digits (stray punctuation, lone apostrophes) are left out, so blank
   * input gives an empty list.
   */
  public List<NameToken> tokens(String fullName) {
    List<NameToken> tokens = new ArrayList<>();
    for (String latin : latinWords(fullName)) {
      tokens.add(new NameToken(latin, SkeletonKey.of(latin)));
    }
    return tokens;
  }

  /** The whole text in lowercase ASCII Latin, words separated by single spaces. */
  public String latin(String text) {
    return String.join(" ", latinWords(text));
  }

  /**
   * The search key of one Latin name word, e.g. {@code rhmf} for "rakhimova". Text in another
   * script or with capitals, diacritics or inner punctuation is first reduced with {@link #latin}
   * (and its words joined), so {@code key("Рахимова")} equals {@code key("rakhimova")}. The key is
   * empty only when the input has no letters or digits.
   */
  public String key(String latinToken) {
    Objects.requireNonNull(latinToken, "latinToken");
    return SkeletonKey.of(String.join("", latinWords(latinToken)));
  }

  /**
   * The ISO 15924 code of the script most letters of {@code text} are in ("Cyrl", "Latn",
   * "Arab"...), or "Zyyy" (common) when it has no letters.
   */
  public static String script(String text) {
    Objects.requireNonNull(text, "text");
    return UScript.getShortName(Scripts.dominant(text));
  }

  /**
   * Jaro-Winkler similarity of two Latin forms, 0 (nothing alike) to 1 (equal), for ranking
   * candidates that share a key. Compare {@link NameToken#latin()} values, not raw input.
   */
  public double similarity(String latinA, String latinB) {
    Objects.requireNonNull(latinA, "latinA");
    Objects.requireNonNull(latinB, "latinB");
    return JARO_WINKLER.apply(latinA, latinB);
  }

  private List<String> latinWords(String text) {
    Objects.requireNonNull(text, "text");
    List<String> words = new ArrayList<>();
    for (String raw : SEPARATORS.split(text)) {
      if (raw.isEmpty()) {
        continue;
      }
      String latin = transliteration.toLatin(raw);
      if (!latin.isEmpty()) {
        words.add(latin);
      }
    }
    return words;
  }
}
