package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.homeward.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class PublicStatementTest {
  private static final PublicStatement.ThirdStateGroup KAZAKH_FAMILY =
      new PublicStatement.ThirdStateGroup("KAZ", 5, true, 4);

  private static String say(String lang, int women, int men, int children) {
    return new PublicStatement(lang)
        .write(new PublicStatement.HomeGroup(women, men, children, 0), List.of(KAZAKH_FAMILY));
  }

  @Test
  void englishStatesTheArticlesDay() {
    assertThat(say("en", 31, 0, 73))
        .isEqualTo(
            "The group included 31 women and 73 children, as well as five citizens of Kazakhstan"
                + " \u2014 a mother and her four children \u2014 at the request of the authorities"
                + " of Kazakhstan.");
  }

  @Test
  void englishSingularAndPluralFollowTheCount() {
    String one =
        new PublicStatement("en").write(new PublicStatement.HomeGroup(1, 1, 1, 0), List.of());
    String two =
        new PublicStatement("en").write(new PublicStatement.HomeGroup(2, 2, 2, 0), List.of());

    assertThat(one).isEqualTo("The group included one woman, one man, and one child.");
    assertThat(two).isEqualTo("The group included two women, two men, and two children.");
  }

  @Test
  void russianNounsTakeTheirFormFromTheCount() {
    assertThat(say("ru", 31, 0, 73))
        .startsWith(
            "Состав группы: 31 женщина и 73 ребёнка, а также 5 граждан государства Казахстан");
    assertThat(say("ru", 2, 0, 5)).contains("2 женщины и 5 детей");
    assertThat(say("ru", 11, 0, 21)).contains("11 женщин и 21 ребёнок");
    assertThat(say("ru", 31, 0, 73)).contains("мать и её 4 ребёнка");
  }

  @Test
  void tajikKeepsTheNounSingularAfterANumber() {
    assertThat(say("tg", 31, 0, 73))
        .startsWith("Ҳайати гурӯҳ: 31 зан ва 73 кӯдак, инчунин 5 шаҳрванди давлати Қазоқистон");
  }

  @Test
  void arabicUsesDualFewAndManyForms() {
    assertThat(say("ar", 2, 0, 1)).contains("امرأتان").contains("طفل واحد");
    assertThat(say("ar", 3, 0, 73)).contains("3 نساء").contains("73 طفلًا");
    assertThat(say("ar", 31, 0, 73)).contains("31 امرأة").contains("5 مواطنين من كازاخستان");
  }

  @Test
  void aMotherWithOneChildIsNotCountedAsChildren() {
    String text =
        new PublicStatement("en")
            .write(
                new PublicStatement.HomeGroup(0, 0, 0, 0),
                List.of(new PublicStatement.ThirdStateGroup("KAZ", 2, true, 1)));

    assertThat(text)
        .isEqualTo(
            "The group included two citizens of Kazakhstan \u2014 a mother and her child \u2014"
                + " at the request of the authorities of Kazakhstan.");
  }

  @Test
  void refusesALanguageWithoutAStatement() {
    assertThatThrownBy(() -> new PublicStatement("fr"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().toString()).contains("lang").contains("en, ru, tg, ar"));
  }
}
