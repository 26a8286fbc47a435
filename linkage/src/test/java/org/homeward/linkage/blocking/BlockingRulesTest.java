package org.homeward.linkage.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.homeward.linkage.settings.FieldKind;
import org.homeward.linkage.settings.FieldSpec;
import org.homeward.linkage.settings.LinkageSettings;
import org.junit.jupiter.api.Test;

class BlockingRulesTest {

  @Test
  void trainingPopulationsNeverEstimateSexWhereNamesAreCompared() {
    LinkageSettings settings =
        new LinkageSettings(
            "id",
            List.of(
                FieldSpec.of("name", FieldKind.FULL_NAME),
                new FieldSpec("born", FieldKind.BIRTH_DATE, "yyyy-MM-dd"),
                FieldSpec.of("sex", FieldKind.SEX),
                FieldSpec.of("doc", FieldKind.IDENTIFIER)));
    List<TrainingRule> rules = BlockingRules.forTraining(settings);
    assertThat(rules)
        .extracting(TrainingRule::fields)
        .containsExactly(Set.of(0, 2), Set.of(1, 2), Set.of(3, 2));
  }

  @Test
  void withoutNamesSexIsEstimatedLikeAnyField() {
    LinkageSettings settings =
        new LinkageSettings(
            "id",
            List.of(
                new FieldSpec("born", FieldKind.BIRTH_DATE, "yyyy-MM-dd"),
                FieldSpec.of("sex", FieldKind.SEX)));
    assertThat(BlockingRules.forTraining(settings))
        .extracting(TrainingRule::fields)
        .containsExactly(Set.of(0));
  }

  /**
   * 100 namesakes born in the same year and 100 others born on the same day fill every block of
   * name, name pair, year and day past the limit: the pair with the same name on the same day still
   * meets.
   */
  @Test
  void theSameNameOnTheSameDayMeetsWhenNameAndDayBlocksAreTooBig() throws Exception {
    LinkageSettings settings =
        new LinkageSettings(
            "id",
            List.of(
                FieldSpec.of("name", FieldKind.FULL_NAME),
                new FieldSpec("born", FieldKind.BIRTH_DATE, "yyyy-MM-dd")));
    StringBuilder csv = new StringBuilder("id,name,born\n");
    csv.append("a,Madina Saidova,2016-09-06\nb,Саидова Мадина,2016-09-06\n");
    java.time.LocalDate first = java.time.LocalDate.of(2016, 1, 1);
    for (int i = 0; i < 100; i++) {
      csv.append("n").append(i).append(",Madina Saidova,").append(first.plusDays(i)).append('\n');
      csv.append("d").append(i).append(",Zarina Karimova,2016-09-06\n");
    }
    var records =
        org.homeward.linkage.compare.PreparedRecords.prepare(
            org.homeward.linkage.io.CsvDatasetReader.read(
                new java.io.StringReader(csv.toString()), "t.csv", settings),
            new org.homeward.linkage.compare.RecordComparator(settings).fields());
    Blocker.Result result =
        new Blocker(BlockingRules.forSettings(settings), 1_000, 0).dedupe(records);
    assertThat(result.pairs().contains(0, 1)).isTrue();
  }
}
