package org.homeward.linkage.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Values from a small closed set (sex, nationality, state): equal or not. */
public final class CategoryComparator extends FieldComparator<String> {

  private final UnaryOperator<String> normalise;
  private final List<Level> levels;

  private CategoryComparator(String noun, UnaryOperator<String> normalise) {
    this.normalise = normalise;
    this.levels =
        List.of(
            new Level("exact", "the same " + noun), new Level("different", "different " + noun));
  }

  public static CategoryComparator plain() {
    return new CategoryComparator("value", v -> v.toLowerCase(Locale.ROOT));
  }

  /** Sex written as M/F, male/female, or in Russian, Tajik or Arabic; anything else is unknown. */
  public static CategoryComparator sex() {
    Map<String, String> codes = new HashMap<>();
    for (String m : List.of("m", "male", "man", "boy", "м", "муж", "мужской", "мард", "ذكر", "1")) {
      codes.put(m, "M");
    }
    for (String f :
        List.of(
            "f", "female", "woman", "girl", "w", "ж", "жен", "женский", "зан", "أنثى", "انثى",
            "2")) {
      codes.put(f, "F");
    }
    return new CategoryComparator(
        "sex", v -> codes.get(v.toLowerCase(Locale.ROOT).replace(".", "")));
  }

  /** ISO 3166-1 alpha-3 (alpha-2 codes are converted), case-insensitive. */
  public static CategoryComparator nationality() {
    return new CategoryComparator(
        "nationality",
        v -> {
          String code = v.toUpperCase(Locale.ROOT);
          if (code.length() == 2) {
            try {
              return new Locale("", code).getISO3Country();
            } catch (java.util.MissingResourceException e) {
              return code;
            }
          }
          return code;
        });
  }

  @Override
  public String prepare(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = normalise.apply(raw.trim());
    return value == null || value.isEmpty() ? null : value;
  }

  @Override
  public int level(String a, String b) {
    return a.equals(b) ? 0 : 1;
  }

  /** Agreeing on a nationality few records hold says more than agreeing on the commonest. */
  @Override
  public List<String> frequencyKeys(String prepared) {
    return List.of(prepared); // one class: no class name needed
  }

  @Override
  public int[] frequencyKeyIndexes(int keys, int otherKeys, int level) {
    return level == 0 && keys == 1 ? ONLY : NONE;
  }

  private static final int[] ONLY = {0};

  @Override
  public List<Level> levels() {
    return levels;
  }
}
