package org.homeward.linkage.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Breaks a personal name in any script into the words a comparison needs: each with several Latin
 * renderings, its script-surviving key and a phonetic code, with particles dropped and patronymics
 * and initials marked. Thread-safe; use {@link #standard()}.
 */
public final class NameForms {

  private static final NameForms STANDARD = new NameForms(NameKeys.standard());

  /**
   * Words that join names rather than being names: Arabic nasab and kunya markers (bin, ibn, bint,
   * abu, umm) and the article (al, el, ad-, ash-), and European particles. Writers keep or drop
   * them freely ("Ahmad bin Ali" / "Ahmad Ali", "al-Hassan" / "Hassan"), so they carry no evidence
   * either way. Two-letter words that are also names (Le, An, Da, and على Ali, which transliterates
   * to "la") are not in the list.
   */
  private static final Set<String> PARTICLES =
      Set.of(
          "bin", "ibn", "bint", "binti", "abu", "abou", "umm", "al", "el", "ul", "ad", "ash", "van",
          "von", "der", "den", "de", "del", "della", "dos", "das", "ter", "ten");

  /** Arabic-script spellings of the same particles, recognised before transliteration. */
  private static final Set<String> ARABIC_PARTICLES =
      Set.of("بن", "ابن", "بنت", "أبو", "ابو", "أم", "ام", "ال");

  /** Uzbek and Turkic patronymic markers written as a separate word after the father's name. */
  private static final Set<String> PATRONYMIC_MARKERS =
      Set.of("ugli", "ogli", "ogly", "oglu", "uly", "uli", "qizi", "kizi", "kyzy", "kizy", "gizi");

  /** Russian-style patronymic endings (Akhmedovich, Akhmedovna, Ilyinichna, Ismailovna ...). */
  private static final Pattern PATRONYMIC_ENDING =
      Pattern.compile(".{2,}(ovich|evich|ovych|evych|ovna|evna|ichna|inichna)");

  /** Persian and Tajik "son of" surname endings, spelt -zoda in Tajik, -zade(h)/-zada elsewhere. */
  private static final Pattern ZODA = Pattern.compile("(.{2,})(zoda|zade|zadeh|zada)");

  private static final Pattern SEPARATORS =
      Pattern.compile(
          "[\\s\\p{Pd}.,;:/\\\\()\\[\\]{}\"«»“”„،؛_+&|]+", Pattern.UNICODE_CHARACTER_CLASS);

  private static final int CACHE_LIMIT = 200_000;
  private static final NameWord NO_WORD =
      new NameWord(List.of(), "", List.of(), "", NameWord.Role.NAME);

  private final NameKeys keys;
  private final DoubleMetaphone metaphone = new DoubleMetaphone();
  private final java.util.concurrent.ConcurrentHashMap<String, NameWord> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  NameForms(NameKeys keys) {
    this.keys = keys;
  }

  /** The shared instance. */
  public static NameForms standard() {
    return STANDARD;
  }

  /** The words of {@code name} in written order, particles left out; empty for a blank name. */
  public List<NameWord> words(String name) {
    Objects.requireNonNull(name, "name");
    List<NameWord> words = words(name, true);
    // A name made only of particles ("Abu", "Umm") is a name.
    return words.isEmpty() ? words(name, false) : words;
  }

  private List<NameWord> words(String name, boolean dropParticles) {
    List<NameWord> words = new ArrayList<>();
    for (String raw : SEPARATORS.split(name)) {
      if (raw.isEmpty() || (dropParticles && ARABIC_PARTICLES.contains(raw))) {
        continue;
      }
      NameWord prepared = word(raw);
      // The Arabic article is written joined to the name (الحسن al-Hassan); Latin writers drop it.
      // But a foreign name that starts with "al"/"il" is written the same way (الييف Aliev,
      // الحوم Ilhom), so the word is read both ways: without the article first, then whole.
      if (dropParticles && raw.startsWith("ال") && raw.length() > 4) {
        NameWord bare = word(raw.substring(2));
        prepared = bare == null ? prepared : prepared == null ? bare : bare.readAlsoAs(prepared);
      }
      if (prepared == null || (dropParticles && PARTICLES.contains(prepared.latin()))) {
        continue;
      }
      if (prepared.role() == NameWord.Role.PATRONYMIC && !words.isEmpty()) {
        // "Akhmed ugli": the father's name before the marker is the patronymic too.
        NameWord father = words.remove(words.size() - 1);
        words.add(father.withRole(NameWord.Role.PATRONYMIC));
      }
      words.add(prepared);
    }
    markPatronymic(words);
    return words;
  }

  /**
   * One word on its own, its role what the word alone says (an initial, a patronymic marker, a
   * name); null when it has no letters or digits. Cached: a large list repeats a few tens of
   * thousands of distinct words, and renderings, keys and sound codes depend on the word alone.
   */
  private NameWord word(String word) {
    NameWord cached = cache.get(word);
    if (cached != null) {
      return cached == NO_WORD ? null : cached;
    }
    List<String> latins = renderings(word);
    NameWord prepared;
    if (latins.isEmpty()) {
      prepared = NO_WORD;
    } else {
      String primary = latins.get(0);
      NameWord.Role role =
          primary.length() == 1
              ? NameWord.Role.INITIAL
              : PATRONYMIC_MARKERS.contains(primary)
                  ? NameWord.Role.PATRONYMIC
                  : NameWord.Role.NAME;
      String code = metaphone.doubleMetaphone(primary);
      List<String> wordKeys = latins.stream().map(keys::key).distinct().toList();
      boolean arabic = "Arab".equals(NameKeys.script(word));
      prepared =
          new NameWord(latins, wordKeys.get(0), wordKeys, code == null ? "" : code, role, arabic);
    }
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear(); // crude but bounded, as in Transliteration
    }
    cache.put(word, prepared);
    return prepared == NO_WORD ? null : prepared;
  }

  /**
   * An -ovich/-ovna word is a patronymic only in a name of three or more words (given name,
   * patronymic, surname): on its own or beside one other word it is more likely a surname
   * (Abramovich, Jovović, Minkiewicz).
   */
  private static void markPatronymic(List<NameWord> words) {
    long names = words.stream().filter(w -> w.role() == NameWord.Role.NAME).count();
    if (names < 3) {
      return;
    }
    for (int i = 0; i < words.size(); i++) {
      NameWord w = words.get(i);
      if (w.role() == NameWord.Role.NAME && PATRONYMIC_ENDING.matcher(w.latin()).matches()) {
        words.set(i, w.withRole(NameWord.Role.PATRONYMIC));
        return; // one patronymic per name
      }
    }
  }

  /** The word with Slavic and Turkish hooked letters spelt as English digraphs. */
  static String digraphs(String word) {
    StringBuilder out = new StringBuilder(word.length() + 4);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case 'č', 'ć', 'ç' -> out.append("ch");
        case 'Č', 'Ć', 'Ç' -> out.append("Ch");
        case 'š', 'ş' -> out.append("sh");
        case 'Š', 'Ş' -> out.append("Sh");
        case 'ž' -> out.append("zh");
        case 'Ž' -> out.append("Zh");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Latin renderings of one word: {@link NameKeys#latin}'s first, then for Cyrillic the passport
   * standards' renderings, for Arabic script the readings of letters that stand for sounds Arabic
   * lacks, for Latin the k reading of ch; then the -zoda spelling of a -zade/-zada ending. Empty
   * when the word has no letters or digits.
   */
  public List<String> renderings(String word) {
    String primary = keys.latin(word).replace(" ", "");
    if (primary.isEmpty()) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    out.add(primary);
    if ("Cyrl".equals(NameKeys.script(word))) {
      for (String rendering : Romanisation.standard().renderings(word)) {
        String ascii = keys.latin(rendering).replace(" ", "");
        if (!ascii.isEmpty()) {
          out.add(ascii);
        }
      }
    }
    String script = NameKeys.script(word);
    if ("Arab".equals(script)) {
      // Arabic has no g or v: foreign and Egyptian names write g with ج (romanised j) and v with
      // و (w) or ف, so جيبون is Gibbon and فيكتور Viktor.
      out.add(primary.replace('j', 'g'));
      out.add(primary.replace('w', 'v'));
      if (word.startsWith("ع")) {
        // Initial ʿayn carries the vowel Latin writes (عمراني Amrani, علي Ali); the transform drops
        // it.
        out.add("a" + primary);
      }
    } else if ("Latn".equals(script)) {
      if (primary.contains("ch")) {
        // ch is k in names from Greek (Michael, Christopher), which Russian and Arabic write with
        // к/ك.
        out.add(primary.replace("ch", "k"));
      }
      String digraphs = digraphs(word);
      if (!digraphs.equals(word)) {
        // č ć š ž ş ç are the sounds Cyrillic writes ч ш ж and Arabic تش ش ج, and English ch sh
        // zh; ASCII folding drops the marks (Labović becomes "labovic").
        String ascii = keys.latin(digraphs).replace(" ", "");
        if (!ascii.isEmpty()) {
          out.add(ascii);
        }
      }
    }
    for (String latin : List.copyOf(out)) {
      var zoda = ZODA.matcher(latin);
      if (zoda.matches()) {
        out.add(zoda.group(1) + "zoda");
      }
    }
    return List.copyOf(out);
  }
}
