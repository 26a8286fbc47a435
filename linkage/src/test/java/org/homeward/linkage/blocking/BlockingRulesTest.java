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
}
