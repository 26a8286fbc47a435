package org.homeward.linkage.names;

/**
 * The search key of one Latin name word: its consonant skeleton after folding spellings that
 * different scripts and romanisation systems use for the same sound.
 *
 * <p>Why a skeleton: Arabic script normally omits short vowels and writes long ones with the
 * semivowel letters و and ي (Rakhimova is رحيموفا, "rhymwfa"), and Latin romanisations of one
 * Cyrillic or Arabic name disagree mostly on vowels (Fotima/Fatima, Juraev/Dzhurayev). So vowels
 * and the semivowels y and w (except a word-initial w) are dropped, except that a word starting
 * with a vowel keeps one marker {@code a} for it: Arabic alif can stand for any initial vowel
 * (Aisha/Oisha/عائشة), so the marker does not say which. Consonants that scripts spell differently
 * are folded to one symbol.
 *
 * <p>Key alphabet: lowercase consonants, plus {@code S} (sh), {@code C} (ch), {@code J} (j, zh,
 * dzh) as single symbols so that they cannot be confused with an s or c followed by h.
 */
final class SkeletonKey {

  private static final char VOWEL = '*';
  private static final char VOWEL_MARKER = 'a';

  private SkeletonKey() {}

  /** The key of {@code latin}, which must be lowercase ASCII letters and digits. */
  static String of(String latin) {
    StringBuilder folded = fold(latin);
    String key = skeleton(folded);
    if (!key.isEmpty()) {
      return key;
    }
    // Only "h"-like words ("h", "hh") get here: keep them distinct from nothing.
    return latin.isEmpty() ? "" : latin.substring(0, 1);
  }

  /** Rewrites each spelling unit to one symbol; vowels become {@link #VOWEL}. */
  private static StringBuilder fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      // Multi-letter spellings first, longest first.
      if (s.startsWith("shch", i)) { // Russian щ (BGN); Arabic and Central Asian names say sh
        out.append('S');
        i += 4;
      } else if (s.startsWith("sch", i)) { // German sch, rendered ш in Russian and ش in Arabic
        out.append('S');
        i += 3;
      } else if (s.startsWith("dzh", i)) { // Russian дж (BGN) = English j = Arabic ج
        out.append('J');
        i += 3;
      } else if (s.startsWith("tsh", i) || s.startsWith("tch", i)) {
        out.append('C'); // ch written with a t: Arabic تش (no letter for ch), English tch
        i += 3;
      } else if (next == 'h' && "sczkgtdp".indexOf(c) >= 0) {
        out.append(digraphWithH(c));
        i += 2;
      } else if (c == 'd' && next == 'j') { // French-style dj (Djuraev) for the same j
        out.append('J');
        i += 2;
      } else if (c == 'c' && next == 'k') { // ck is one k
        out.append('k');
        i += 2;
      } else if (c == 'w' && i == 0) {
        // Word-initial w is a consonant in every script (Arabic و cannot start a word as a
        // vowel), and Russian and Central Asian spellings write it в/v (Walid = Валид = وليد), so
        // it joins v and f. Elsewhere Arabic و mostly writes a long vowel and Arabic script omits
        // short vowels, so a medial w cannot be told apart from a vowel: see single().
        out.append('f');
        i++;
      } else {
        out.append(single(c, next));
        i++;
      }
    }
    return out;
  }

  private static char digraphWithH(char first) {
    return switch (first) {
      case 's' -> 'S'; // ш, ش
      case 'c' -> 'C'; // ч; Arabic has no ch at all, so it cannot tell English/German ch apart
      case 'z' -> 'J'; // ж (Russian zh) is how Russian writes foreign j; Arabic writes ج
      case 'k' -> 'h'; // х/خ kh: romanised h or kh, and Tajik ҳ vs х are often confused
      case 'g' -> 'g'; // غ/ғ gh is often plain g in Latin and Russian (Gafur/Ghafur/Ғафур)
      case 't' -> 't'; // ث th is t or s in Russian; English th is т
      case 'd' -> 'd'; // ذ dh is d or z in Russian
      case 'p' -> 'f'; // ph is f
      default -> throw new IllegalArgumentException("not a digraph: " + first + "h");
    };
  }

  private static char single(char c, char next) {
    return switch (c) {
      // Vowels vary between spellings of one name. y is Arabic ي, which writes long i, and the
      // y of Russian я/ю/е (ya/yu/ye); w elsewhere than before a vowel is Arabic و writing long
      // u/o (يوسوبوف ywswbwf = Yusupov) or English aw/ow: both are dropped with the vowels.
      // This costs medial consonant w spelt в in Russian (Marwa = مروة but not Марва).
      case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> VOWEL;
      case 'j' -> 'J';
      // q (ق, Tajik қ) and k (ك, к) are one sound to most writers; c is k before a, o, u and s
      // before e, i, y in the European names Russian and Arabic transliterate (Carlos, Cecilia).
      case 'q', 'k' -> 'k';
      case 'c' -> "eiy".indexOf(next) >= 0 ? 's' : 'k';
      // Arabic has no v and writes ف (f) for it (رحيموفا Rakhimova), so v and f are one sound.
      case 'v' -> 'f';
      // Arabic has no p and writes ب (b) for it (يوسوبوف Yusupov).
      case 'p' -> 'b';
      // Uzbek and Tajik Latin spellings write x for х (Xadicha, Baxtiyor), the sound Russian
      // transliterations write kh; this costs English x (Alexander = Aleksandr do not meet).
      case 'x' -> 'h';
      default -> c;
    };
  }

  /** Leading-vowel marker, then consonants; neighbours that fold to the same symbol count once. */
  private static String skeleton(StringBuilder folded) {
    int end = folded.length();
    // Word-final h is silent or optional in romanised names (Abdullah/Abdulla, Aishah/Aisha) and
    // final ه in Persian and Tajik names is a vowel sign (فاطمه Fatemeh), so it is dropped.
    while (end > 0 && folded.charAt(end - 1) == 'h') {
      end--;
    }
    StringBuilder key = new StringBuilder(end);
    char previous = 0;
    for (int i = 0; i < end; i++) {
      char c = folded.charAt(i);
      if (c == VOWEL) {
        if (i == 0) {
          key.append(VOWEL_MARKER);
        }
      } else if (c != previous) {
        key.append(c);
      }
      previous = c;
    }
    return key.toString();
  }
}
