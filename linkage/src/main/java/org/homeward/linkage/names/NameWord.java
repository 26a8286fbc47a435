package org.homeward.linkage.names;

import java.util.List;

/**
 * One word of a name prepared for comparison.
 *
 * @param latins its Latin renderings, lowercase ASCII, the first being {@link NameKeys#latin}'s; a
 *     Cyrillic word has one per passport romanisation standard (ICAO, MVD, BGN/PCGN, GOST, Uzbek)
 * @param key the script-surviving consonant skeleton ({@link NameKeys#key}) of the first rendering
 * @param keys the skeletons of all renderings, {@code key} first
 * @param phonetic Double Metaphone code of the first rendering, "" when it has none
 * @param role what the word is in the name
 * @param arabic whether the word was written in Arabic script (short vowels omitted, foreign
 *     consonants approximated), which a comparison may judge more loosely
 */
public record NameWord(
    List<String> latins,
    String key,
    List<String> keys,
    String phonetic,
    Role role,
    boolean arabic) {

  /** What a word is in a personal name; only {@link #NAME} words must agree. */
  public enum Role {
    /** A given name, surname or other name proper. */
    NAME,
    /** A single letter standing for a name ("M." in "M. Rakhimova"). */
    INITIAL,
    /** A patronymic (‑ovich/‑ovna/‑evich/‑ichna, ‑ogly/‑kyzy, ugli/qizi): often left out. */
    PATRONYMIC
  }

  public NameWord {
    latins = List.copyOf(latins);
    keys = List.copyOf(keys);
  }

  /** A word not written in Arabic script. */
  public NameWord(List<String> latins, String key, List<String> keys, String phonetic, Role role) {
    this(latins, key, keys, phonetic, role, false);
  }

  /** The same word in another role. */
  public NameWord withRole(Role newRole) {
    return new NameWord(latins, key, keys, phonetic, newRole, arabic);
  }

  /** This word with another reading's renderings and keys added after its own. */
  public NameWord readAlsoAs(NameWord other) {
    java.util.LinkedHashSet<String> allLatins = new java.util.LinkedHashSet<>(latins);
    allLatins.addAll(other.latins);
    java.util.LinkedHashSet<String> allKeys = new java.util.LinkedHashSet<>(keys);
    allKeys.addAll(other.keys);
    return new NameWord(
        List.copyOf(allLatins), key, List.copyOf(allKeys), phonetic, role, arabic || other.arabic);
  }

  /** The main Latin rendering. */
  public String latin() {
    return latins.get(0);
  }
}
