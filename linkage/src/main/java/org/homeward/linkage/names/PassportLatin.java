package org.homeward.linkage.names;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A name in Latin letters as a passport or a receiving authority's list would write it, for people
 * reading documents: Cyrillic words by ICAO Doc 9303 (the machine-readable passport standard),
 * other scripts by the engine's own transliteration; each word capitalised.
 */
public final class PassportLatin {
  private static final Transliteration FALLBACK = new Transliteration();

  private PassportLatin() {}

  public static String of(String name) {
    List<String> words = new ArrayList<>();
    for (String word : name.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      words.add(capitalised(latin(word)));
    }
    return String.join(" ", words);
  }

  private static String latin(String word) {
    if (Scripts.isAscii(word)) {
      return word;
    }
    if (Scripts.dominant(word) == UScript.CYRILLIC) {
      String icao = Romanisation.standard().renderings(word).iterator().next();
      if (Scripts.isAscii(icao)) {
        return icao;
      }
    }
    return FALLBACK.toLatin(word);
  }

  private static String capitalised(String word) {
    if (word.isEmpty() || Scripts.isAscii(word) && !word.equals(word.toLowerCase(Locale.ROOT))) {
      return word;
    }
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
