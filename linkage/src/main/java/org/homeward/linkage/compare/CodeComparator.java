package org.homeward.linkage.compare;

import java.util.List;
import java.util.Locale;

/**
 * Identifiers (document and social-security numbers) and codes (postcodes, house numbers): equal,
 * one typing slip apart (a character wrong, missing or extra, or two neighbours swapped), or
 * different. Spaces, dashes and case do not count.
 */
public final class CodeComparator extends FieldComparator<String> {

  private final List<Level> levels;

  CodeComparator(boolean identifier) {
    String noun = identifier ? "number" : "code";
    levels =
        List.of(
            new Level("exact", "the same " + noun),
            new Level("slip", noun + "s one typing slip apart"),
            new Level("different", "different " + noun + "s"));
  }

  @Override
  public String prepare(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(cp -> out.appendCodePoint(Character.toUpperCase(cp)));
    String value = out.toString().toUpperCase(Locale.ROOT);
    return value.isEmpty() ? null : value;
  }

  @Override
  public int level(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    // A slip in a one- or two-character code (a house number) is as likely another house.
    return Math.min(a.length(), b.length()) >= 3 && Similarity.oneSlip(a, b) ? 1 : 2;
  }

  @Override
  public List<Level> levels() {
    return levels;
  }
}
