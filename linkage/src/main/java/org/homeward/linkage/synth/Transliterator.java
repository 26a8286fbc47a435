package org.homeward.linkage.synth;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Rewrites Cyrillic text letter by letter from a table of weighted renderings (a TSV file with
 * columns key, rendering, weight). A key may span several letters and may be anchored to the start
 * ({@code ^}) or end ({@code $}) of a word; the longest key that matches wins. Output is lower
 * case; callers choose the capitalisation their source uses.
 */
public final class Transliterator {

  private final String file;
  private final Map<String, Weighted<String>> table;
  private final int longestKey;
  private final boolean oneHabitPerName;

  private Transliterator(
      String file, Map<String, Weighted<String>> table, int longestKey, boolean oneHabitPerName) {
    this.file = file;
    this.table = table;
    this.longestKey = longestKey;
    this.oneHabitPerName = oneHabitPerName;
  }

  /**
   * @param oneHabitPerName when true a letter is rendered the same way throughout one call, as one
   *     writer would; when false each occurrence is drawn afresh
   */
  public static Transliterator load(String file, boolean oneHabitPerName) {
    Map<String, Weighted.Builder<String>> builders = new LinkedHashMap<>();
    int longest = 1;
    for (TsvTable.Row row : TsvTable.read("/synth/" + file)) {
      String key = row.text("key");
      builders
          .computeIfAbsent(key, k -> Weighted.builder())
          .add(row.text("rendering"), row.number("weight"));
      longest = Math.max(longest, key.replace("^", "").replace("$", "").length());
    }
    Map<String, Weighted<String>> table = new HashMap<>();
    builders.forEach((key, builder) -> table.put(key, builder.build()));
    return new Transliterator(file, table, longest, oneHabitPerName);
  }

  public String render(String text, SplittableRandom random) {
    String lower = text.toLowerCase(Locale.ROOT);
    Map<String, String> habits = new HashMap<>();
    StringBuilder out = new StringBuilder(lower.length() + 8);
    int i = 0;
    while (i < lower.length()) {
      if (!Character.isLetter(lower.charAt(i))) {
        out.append(lower.charAt(i++));
        continue;
      }
      int end = i;
      while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
        end++;
      }
      renderWord(lower, i, end, habits, random, out);
      i = end;
    }
    return out.toString();
  }

  private void renderWord(
      String text,
      int start,
      int end,
      Map<String, String> habits,
      SplittableRandom random,
      StringBuilder out) {
    int i = start;
    while (i < end) {
      String key = longestKeyAt(text, i, start, end);
      Weighted<String> choices = table.get(key);
      String rendering =
          oneHabitPerName
              ? habits.computeIfAbsent(key, k -> choices.pick(random))
              : choices.pick(random);
      out.append(rendering);
      i += key.replace("^", "").replace("$", "").length();
    }
  }

  private String longestKeyAt(String text, int i, int start, int end) {
    for (int length = Math.min(longestKey, end - i); length >= 1; length--) {
      String core = text.substring(i, i + length);
      boolean atStart = i == start;
      boolean atEnd = i + length == end;
      for (String key : candidates(core, atStart, atEnd)) {
        if (key != null && table.containsKey(key)) {
          return key;
        }
      }
    }
    throw new IllegalStateException(
        "/synth/%s has no rendering for '%s'".formatted(file, text.substring(i, i + 1)));
  }

  private static String[] candidates(String core, boolean atStart, boolean atEnd) {
    return new String[] {
      atStart && atEnd ? "^" + core + "$" : null,
      atStart ? "^" + core : null,
      atEnd ? core + "$" : null,
      core
    };
  }
}
