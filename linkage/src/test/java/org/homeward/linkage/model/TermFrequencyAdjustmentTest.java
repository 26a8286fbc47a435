package org.homeward.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.homeward.linkage.compare.PreparedRecords;
import org.homeward.linkage.compare.RecordComparator;
import org.homeward.linkage.explain.Explanation;
import org.homeward.linkage.io.CsvDatasetReader;
import org.homeward.linkage.io.Dataset;
import org.homeward.linkage.settings.FieldKind;
import org.homeward.linkage.settings.FieldSpec;
import org.homeward.linkage.settings.LinkageSettings;
import org.homeward.linkage.settings.Thresholds;
import org.junit.jupiter.api.Test;

/**
 * The term-frequency adjustment of every adjusted level: a value many records share counts for less
 * than a rare one, whatever the field, and a patronymic both names have counts on top of the name.
 * Parameters are fixed, so only the frequencies move the bits.
 */
class TermFrequencyAdjustmentTest {

  private static final LinkageSettings SETTINGS =
      new LinkageSettings(
          "id",
          List.of(
              FieldSpec.of("name", FieldKind.FULL_NAME),
              new FieldSpec("birth", FieldKind.BIRTH_DATE, "yyyy[-MM[-dd]]"),
              FieldSpec.of("nationality", FieldKind.NATIONALITY)));

  private static final int NAME = 0;
  private static final int BIRTH = 1;
  private static final int NATIONALITY = 2;

  /** Names: 40 records share one, the rest are rare; likewise patronymics, dates, nationalities. */
  private static String list() {
    StringBuilder csv = new StringBuilder("id,name,birth,nationality\n");
    String[] given = {"Zaur", "Timur", "Ruslan", "Anvar", "Bakhtiyor", "Daler", "Farrukh", "Ilhom"};
    String[] surnames = {"Ergashev", "Karimov", "Nazarov", "Sharipov", "Yusupov", "Latipov"};
    int row = 0;
    for (int i = 0; i < 40; i++) {
      // The common name, the common patronymic, the stand-in date, the common nationality.
      csv.append("c%d,Рахимов Мурод Алиевич,1990-01-01,TJK\n".formatted(row++));
    }
    for (String g : given) {
      for (String s : surnames) {
        csv.append(
            "r%d,%s %s,19%02d-%02d-%02d,%s\n"
                .formatted(
                    row,
                    s,
                    g,
                    60 + row % 40,
                    1 + row % 12,
                    1 + row % 28,
                    row % 2 == 0 ? "AZE" : "TJK"));
        row++;
      }
    }
    csv.append("p1,Эргашев Заур Шамилевич,1991-05-17,AZE\n");
    csv.append("p2,Эргашев Заур Шамилевич,1991-05-17,AZE\n");
    csv.append("p3,Эргашев Заур,1991-05-17,AZE\n");
    csv.append("p4,Рахимов Мурод Алиевич,1991-05-17,TJK\n");
    csv.append("a1,ارغاشيف زاور,1991,AZE\n");
    csv.append("a2,رحيموف مراد,1990,TJK\n");
    return csv.toString();
  }

  private static Explanation explain(String left, String right) throws Exception {
    Dataset dataset = CsvDatasetReader.read(new StringReader(list()), "list.csv", SETTINGS);
    RecordComparator comparator = new RecordComparator(SETTINGS);
    PreparedRecords records = PreparedRecords.prepare(dataset, comparator.fields());
    TrainedModel model =
        new TrainedModel(
            SETTINGS,
            comparator,
            new FellegiSunter(m(comparator), u(comparator), 0.001, 1),
            TermFrequencies.count(comparator.fields(), List.of(records)));
    Map<String, Integer> rows = dataset.rowsById();
    return model.explain(
        records, rows.get(left), records, rows.get(right), Thresholds.DEFAULT, true);
  }

  private static double[][] m(RecordComparator comparator) {
    return comparator.fields().stream()
        .map(f -> spread(f.levels().size(), 0.9))
        .toArray(double[][]::new);
  }

  private static double[][] u(RecordComparator comparator) {
    return comparator.fields().stream()
        .map(
            f -> {
              double[] u = spread(f.levels().size(), 0.01);
              double[] reversed = new double[u.length];
              for (int i = 0; i < u.length; i++) {
                reversed[i] = u[u.length - 1 - i];
              }
              return reversed;
            })
        .toArray(double[][]::new);
  }

  /** A distribution with {@code top} on level 0 and the rest spread evenly. */
  private static double[] spread(int levels, double top) {
    double[] p = new double[levels];
    Arrays.fill(p, (1 - top) / (levels - 1));
    p[0] = top;
    return p;
  }

  private static double bits(Explanation explanation, int field) {
    return explanation.fields().get(field).bits();
  }

  @Test
  void aPatronymicBothNamesHaveCountsOnTopOfTheName() throws Exception {
    Explanation withPatronymic = explain("p1", "p2");
    Explanation oneWithout = explain("p1", "p3");
    assertThat(withPatronymic.fields().get(NAME).level()).isEqualTo("exact");
    assertThat(oneWithout.fields().get(NAME).level()).isEqualTo("exact");
    // Shamilevich is two of 43 patronymics: log2(43 / 2) ≈ 4.4 bits more.
    assertThat(bits(withPatronymic, NAME) - bits(oneWithout, NAME))
        .isCloseTo(Math.log(43 / 2.0) / Math.log(2), within(0.01));
  }

  @Test
  void aCommonNameCountsForLessThanARareOne() throws Exception {
    double common = bits(explain("c0", "p4"), NAME);
    double rare = bits(explain("p1", "p2"), NAME);
    assertThat(common).isLessThan(rare - 3);
  }

  @Test
  void aNameMetAcrossScriptsIsWeighedByHowCommonItsSkeletonIs() throws Exception {
    Explanation rare = explain("a1", "p3");
    Explanation common = explain("a2", "c0");
    assertThat(rare.fields().get(NAME).level()).isEqualTo("close");
    assertThat(common.fields().get(NAME).level()).isEqualTo("close");
    assertThat(bits(common, NAME)).isLessThan(bits(rare, NAME) - 3);
    assertThat(common.fields().get(NAME).note()).contains("common value");
  }

  @Test
  void aBirthDateManyRecordsShareCountsForLessThanARareOne() throws Exception {
    double standIn = bits(explain("c0", "c1"), BIRTH);
    double rare = bits(explain("p1", "p3"), BIRTH);
    assertThat(explain("c0", "c1").fields().get(BIRTH).level()).isEqualTo("exact");
    assertThat(standIn).isLessThan(rare - 3);
  }

  @Test
  void aYearOnlyDateIsWeighedByHowCommonTheYearIs() throws Exception {
    Explanation crowdedYear = explain("a2", "c0");
    Explanation quietYear = explain("a1", "p1");
    assertThat(crowdedYear.fields().get(BIRTH).level()).isEqualTo("known_part");
    assertThat(quietYear.fields().get(BIRTH).level()).isEqualTo("known_part");
    assertThat(bits(crowdedYear, BIRTH)).isLessThan(bits(quietYear, BIRTH) - 2);
  }

  @Test
  void aRareNationalityCountsForMoreThanTheCommonest() throws Exception {
    double common = bits(explain("c0", "c1"), NATIONALITY);
    double rare = bits(explain("p1", "p2"), NATIONALITY);
    assertThat(rare).isGreaterThan(common + 0.5);
  }
}
