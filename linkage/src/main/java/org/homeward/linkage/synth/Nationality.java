package org.homeward.linkage.synth;

/**
 * A nationality the generators can assign, from {@code /synth/nationalities.tsv}.
 *
 * @param language language tag of the home ministry's Cyrillic list
 * @param patronymicRate share of households whose ministry list carries patronymics
 * @param dualRate share of households also claiming a second nationality
 */
public record Nationality(String code, String language, double patronymicRate, double dualRate) {

  /** The nationalities of {@code /synth/nationalities.tsv}, drawn by their weight. */
  public static Weighted<Nationality> load() {
    Weighted.Builder<Nationality> builder = Weighted.builder();
    for (TsvTable.Row row : TsvTable.read("/synth/nationalities.tsv")) {
      Nationality nationality =
          new Nationality(
              row.text("code"),
              row.text("language"),
              row.number("patronymic_rate"),
              row.number("dual_rate"));
      builder.add(nationality, row.number("weight"));
    }
    return builder.build();
  }
}
