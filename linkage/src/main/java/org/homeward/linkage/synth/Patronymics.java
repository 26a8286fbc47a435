package org.homeward.linkage.synth;

import java.util.List;

/** Forms Russian-style patronymics (Рустамович, Рустамовна) by {@code patronymic-rules.tsv}. */
public final class Patronymics {

  private record Rule(String ending, int strip, String male, String female) {}

  private final List<Rule> rules;

  private Patronymics(List<Rule> rules) {
    this.rules = rules;
  }

  public static Patronymics load() {
    List<Rule> rules =
        TsvTable.read("/synth/patronymic-rules.tsv").stream()
            .map(
                row ->
                    new Rule(
                        row.text("ending"),
                        row.integer("strip"),
                        row.text("male"),
                        row.text("female")))
            .toList();
    return new Patronymics(rules);
  }

  public String of(String fatherGivenName, String childSex) {
    for (Rule rule : rules) {
      if (fatherGivenName.endsWith(rule.ending())) {
        String stem = fatherGivenName.substring(0, fatherGivenName.length() - rule.strip());
        return stem + ("FEMALE".equals(childSex) ? rule.female() : rule.male());
      }
    }
    throw new IllegalStateException("/synth/patronymic-rules.tsv needs a row with an empty ending");
  }
}
