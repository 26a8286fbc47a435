package org.homeward.linkage.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFormsTest {

  private final NameForms forms = NameForms.standard();

  @Test
  void cyrillicWordsGetEveryPassportStandardsRendering() {
    assertThat(forms.renderings("Юлия")).contains("yuliya", "iuliia");
    assertThat(forms.renderings("Ҷӯраев")).first().isEqualTo(forms.renderings("Ҷӯраев").get(0));
    assertThat(forms.renderings("Madina")).containsExactly("madina");
  }

  @Test
  void particlesAreDroppedInEveryScript() {
    List<String> latin =
        forms.words("Ahmad bin Ali al-Hassan").stream().map(NameWord::latin).toList();
    assertThat(latin).containsExactly("ahmad", "ali", "hassan");
    assertThat(forms.words("أحمد بن علي")).hasSize(2);
  }

  @Test
  void ovichIsAPatronymicOnlyInAThreeWordName() {
    assertThat(forms.words("Рахимова Мадина Ахмедовна").get(2).role())
        .isEqualTo(NameWord.Role.PATRONYMIC);
    assertThat(forms.words("Roman Abramovich").get(1).role()).isEqualTo(NameWord.Role.NAME);
    assertThat(forms.words("Akhmed ugli Karimov").get(0).role())
        .isEqualTo(NameWord.Role.PATRONYMIC);
  }

  @Test
  void singleLettersAreInitials() {
    assertThat(forms.words("M. Rakhimova").get(0).role()).isEqualTo(NameWord.Role.INITIAL);
  }

  @Test
  void aWordIsPreparedOnceAndSharedByEveryNameThatHasIt() {
    NameWord first = forms.words("Рахимова Мадина").get(1);
    NameWord again = forms.words("Мадина Каримова").get(0);
    assertThat(again).isSameAs(first);
    // A role that depends on the neighbours is not shared: "Akhmed ugli" makes Akhmed a patronymic.
    List<NameWord> patronymic = forms.words("Aziz Akhmed ugli");
    assertThat(patronymic.get(1).role()).isEqualTo(NameWord.Role.PATRONYMIC);
    assertThat(forms.words("Akhmed Karimov").get(0).role()).isEqualTo(NameWord.Role.NAME);
  }
}
