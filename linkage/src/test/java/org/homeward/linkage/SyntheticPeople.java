package org.homeward.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small synthetic person lists for tests, generated from syllables so that no test depends on a
 * shared data file: each person may reappear with a typo, a swapped word order, an estimated or
 * missing birth year, or in Cyrillic.
 */
final class SyntheticPeople {

  private static final String[] SYLLABLES = {
    "ma", "di", "na", "ra", "hi", "mo", "ka", "ri", "zo", "da", "la", "ti", "su", "fa", "ru", "bek",
    "nur", "sa", "lim", "ta", "jon", "gul", "ba", "ho", "an", "ve", "el"
  };

  private static final String LATIN = "abdefghiklmnorstuvz";
  private static final String[] CYRILLIC = {
    "а", "б", "д", "е", "ф", "г", "х", "и", "к", "л", "м", "н", "о", "р", "с", "т", "у", "в", "з"
  };

  record Person(String id, String personId, String name, String birth) {}

  private SyntheticPeople() {}

  static String name(Random random) {
    StringBuilder out = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      out.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    return out.toString();
  }

  static String cyrillic(String latin) {
    StringBuilder out = new StringBuilder();
    for (char c : latin.toLowerCase().toCharArray()) {
      int i = LATIN.indexOf(c);
      out.append(i >= 0 ? CYRILLIC[i] : c == 'j' ? "дж" : String.valueOf(c));
    }
    return Character.toUpperCase(out.charAt(0)) + out.substring(1);
  }

  static String typo(String word, Random random) {
    int i = 1 + random.nextInt(word.length() - 1);
    return word.substring(0, i) + word.substring(Math.min(word.length(), i + 1));
  }

  /** {@code persons} people, {@code duplicates} of whom appear a second time, altered. */
  static List<Person> list(int persons, int duplicates, long seed) {
    Random random = new Random(seed);
    List<Person> out = new ArrayList<>();
    for (int p = 0; p < persons; p++) {
      String given = name(random);
      String family = name(random) + "ova";
      int year = 1960 + random.nextInt(50);
      out.add(new Person("r" + out.size(), "p" + p, given + " " + family, String.valueOf(year)));
      if (p < duplicates) {
        String name =
            switch (p % 4) {
              case 0 -> family + " " + given;
              case 1 -> typo(given, random) + " " + family;
              case 2 -> cyrillic(family) + " " + cyrillic(given);
              default -> given + " " + typo(family, random);
            };
        String birth = p % 5 == 0 ? "" : p % 5 == 1 ? "~" + (year + 1) : String.valueOf(year);
        out.add(new Person("r" + out.size(), "p" + p, name, birth));
      }
    }
    return out;
  }

  static String csv(List<Person> people) {
    StringBuilder out = new StringBuilder("id,name,birth_year\n");
    for (Person p : people) {
      out.append(p.id()).append(',').append(p.name()).append(',').append(p.birth()).append('\n');
    }
    return out.toString();
  }
}
