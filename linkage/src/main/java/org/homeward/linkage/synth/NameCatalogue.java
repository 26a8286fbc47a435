package org.homeward.linkage.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Given names and surnames per nationality, from {@code given-names.tsv} and {@code surnames.tsv}.
 */
public final class NameCatalogue {

  private final Map<String, Weighted<String>> givenNames;
  private final Map<String, Weighted<Surname>> surnames;

  private NameCatalogue(
      Map<String, Weighted<String>> givenNames, Map<String, Weighted<Surname>> surnames) {
    this.givenNames = givenNames;
    this.surnames = surnames;
  }

  public static NameCatalogue load() {
    Map<String, List<String>> given = new TreeMap<>();
    for (TsvTable.Row row : TsvTable.read("/synth/given-names.tsv")) {
      String key = row.text("nationality") + "/" + row.text("sex");
      given.computeIfAbsent(key, k -> new ArrayList<>()).add(row.text("name"));
    }
    Map<String, List<Surname>> family = new TreeMap<>();
    for (TsvTable.Row row : TsvTable.read("/synth/surnames.tsv")) {
      family
          .computeIfAbsent(row.text("nationality"), k -> new ArrayList<>())
          .add(new Surname(row.text("male"), row.text("female")));
    }
    Map<String, Weighted<String>> givenChoices = new TreeMap<>();
    given.forEach((key, names) -> givenChoices.put(key, Weighted.uniform(names)));
    Map<String, Weighted<Surname>> surnameChoices = new TreeMap<>();
    family.forEach((key, names) -> surnameChoices.put(key, Weighted.uniform(names)));
    return new NameCatalogue(givenChoices, surnameChoices);
  }

  public String given(String nationality, String sex, SplittableRandom random) {
    return require(givenNames.get(nationality + "/" + sex), "given-names.tsv", nationality)
        .pick(random);
  }

  public Surname surname(String nationality, SplittableRandom random) {
    return require(surnames.get(nationality), "surnames.tsv", nationality).pick(random);
  }

  private static <T> Weighted<T> require(Weighted<T> choice, String file, String nationality) {
    if (choice == null) {
      throw new IllegalStateException("/synth/" + file + " has no names for " + nationality);
    }
    return choice;
  }
}
