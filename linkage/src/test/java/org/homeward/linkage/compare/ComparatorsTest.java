package org.homeward.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.linkage.settings.FieldKind;
import org.homeward.linkage.settings.FieldSpec;
import org.junit.jupiter.api.Test;

/** One behaviour test per field kind: what agrees, what nearly agrees, what does not. */
class ComparatorsTest {

  private static String level(FieldSpec spec, String a, String b) {
    FieldComparator<?> c = Comparators.forField(spec);
    Object x = c.prepare(a);
    Object y = c.prepare(b);
    if (x == null || y == null) {
      return "null";
    }
    return c.levels().get(c.levelOf(x, y)).code();
  }

  private static String level(FieldKind kind, String a, String b) {
    return level(FieldSpec.of("f", kind), a, b);
  }

  @Test
  void anArabicWordStartingWithAlIsReadWithAndWithoutTheArticle() {
    // Aliev and Ilhom written as a registry clerk does: their "al" looks like the article.
    assertThat(level(FieldKind.FULL_NAME, "الييف تورجي", "Алиев Тургай")).isEqualTo("close");
    assertThat(level(FieldKind.FULL_NAME, "Ilhom Isayev", "الحوم ايسايف")).isEqualTo("close");
    // The article itself still drops: al-Hassan is Hassan.
    assertThat(level(FieldKind.FULL_NAME, "Ahmad Hassan", "أحمد الحسن")).isIn("exact", "close");
  }

  @Test
  void fullNamesAgreeAcrossScriptsAndWordOrder() {
    assertThat(level(FieldKind.FULL_NAME, "Madina Rakhimova", "Рахимова Мадина"))
        .isEqualTo("exact");
    assertThat(level(FieldKind.FULL_NAME, "RAKHIMOVA MADINA", "Rahimova Madina"))
        .isEqualTo("close");
    assertThat(level(FieldKind.FULL_NAME, "Madina Rakhimova", "مدينة رحيموفا")).isEqualTo("close");
    assertThat(level(FieldKind.FULL_NAME, "Madina Rakhimova", "Zarina Rakhimova"))
        .isEqualTo("partly_similar");
    assertThat(level(FieldKind.FULL_NAME, "Madina Rakhimova", "Boris Rakhimova"))
        .isEqualTo("partly");
    assertThat(level(FieldKind.FULL_NAME, "Madina", "Madina Rakhimova")).isEqualTo("partly");
    assertThat(level(FieldKind.FULL_NAME, "Madina Rakhimova", "Ivan Petrov"))
        .isEqualTo("different");
    assertThat(level(FieldKind.FULL_NAME, "", "Ivan Petrov")).isEqualTo("null");
  }

  @Test
  void oneWordSpeltBeyondAVariantMakesNamesOnlyMostlyClose() {
    // Karimova / Kadyrova share no key or sound: two surnames, though their letters are alike.
    assertThat(level(FieldKind.FULL_NAME, "Каримова Парвина", "Kadyrova Parvina"))
        .isEqualTo("mostly_close");
    assertThat(level(FieldKind.FULL_NAME, "Malika Isaeva", "Maria Isaeva"))
        .isEqualTo("mostly_close");
    // A variant spelling of each word is still close.
    assertThat(level(FieldKind.FULL_NAME, "Каримова Парвина", "Karimowa Parwina"))
        .isEqualTo("close");
  }

  @Test
  void arabicSpellingOneConsonantFromTheLatinCountsAsSimilarNotPartly() {
    // Spanish G is خ (kh) in Arabic: skeletons gmnz / hmnz, one consonant apart.
    assertThat(level(FieldKind.FULL_NAME, "Giménez Demi", "ديمي خيمينيز"))
        .isIn("mostly_close", "similar");
    // Between two Latin spellings one consonant apart is no reading difference.
    assertThat(level(FieldKind.FULL_NAME, "Gimenez Demi", "Himenek Demi"))
        .isNotEqualTo("mostly_close");
  }

  @Test
  void slavicHookedLettersMeetCyrillicAndArabicSpellings() {
    assertThat(level(FieldKind.FAMILY_NAME, "Labović", "Лабович")).isEqualTo("exact");
    assertThat(level(FieldKind.FAMILY_NAME, "Šimunić", "Шимунич")).isEqualTo("exact");
    assertThat(level(FieldKind.FAMILY_NAME, "Labović", "لابوفيتش")).isIn("exact", "close");
  }

  @Test
  void passportRomanisationsOfCyrillicAreExactAgreement() {
    // ICAO Doc 9303 writes Юлия "Iuliia"; BGN/PCGN "Yuliya".
    assertThat(level(FieldKind.GIVEN_NAME, "IULIIA", "Юлия")).isEqualTo("exact");
    assertThat(level(FieldKind.GIVEN_NAME, "Yuliya", "Юлия")).isEqualTo("exact");
  }

  @Test
  void particlesPatronymicsAndMissingSpacesDoNotBreakAgreement() {
    assertThat(level(FieldKind.FULL_NAME, "Ahmad bin Ali al-Hassan", "Ahmad Ali Hassan"))
        .isEqualTo("exact");
    assertThat(level(FieldKind.FULL_NAME, "Рахимова Мадина Ахмедовна", "Madina Rakhimova"))
        .isEqualTo("exact");
    assertThat(level(FieldKind.FULL_NAME, "Abdulaziz", "Abdul Aziz")).isEqualTo("close");
    assertThat(level(FieldKind.FAMILY_NAME, "Rahimzoda", "Rahimzade")).isEqualTo("exact");
  }

  @Test
  void givenNamesAcceptAnInitialOnlyAsSimilar() {
    assertThat(level(FieldKind.GIVEN_NAME, "M.", "Madina")).isEqualTo("similar");
    assertThat(level(FieldKind.GIVEN_NAME, "K.", "Madina")).isEqualTo("different");
  }

  @Test
  void familyNamesAndPatronymicsWithTyposAreCloseOrSimilar() {
    assertThat(level(FieldKind.FAMILY_NAME, "waller", "walker")).isIn("close", "similar");
    assertThat(level(FieldKind.PATRONYMIC, "Akhmedovna", "Ахмедовна")).isEqualTo("exact");
    assertThat(level(FieldKind.PATRONYMIC, "Akhmedovna", "Ivanovna")).isEqualTo("different");
  }

  @Test
  void birthDatesRespectPrecisionAndEstimates() {
    FieldSpec iso = new FieldSpec("dob", FieldKind.BIRTH_DATE, "yyyy[-MM[-dd]]");
    assertThat(level(iso, "1987-05-14", "1987-05-14")).isEqualTo("exact");
    assertThat(level(iso, "1987-05-14", "1987-05-41")).isEqualTo("null"); // not a date
    assertThat(level(iso, "1987-05-14", "1987-05-15")).isEqualTo("slip");
    assertThat(level(iso, "1987-05-14", "1987-14-05")).isEqualTo("null");
    assertThat(level(iso, "1987-05-04", "1987-04-05")).isEqualTo("slip"); // day and month swapped
    assertThat(level(iso, "1987-05-14", "1978-05-14")).isEqualTo("slip"); // neighbours swapped
    assertThat(level(iso, "1987-05-14", "1987-06-15")).isNotEqualTo("slip"); // two digits
    assertThat(level(iso, "1987", "1987-05-14")).isEqualTo("known_part");
    assertThat(level(iso, "1987-05", "1987-05-14")).isEqualTo("known_month");
    assertThat(level(iso, "1987-06", "1987-05-14")).isEqualTo("near");
    assertThat(level(iso, "1987-06-02", "1987-05-14")).isEqualTo("near"); // both full: not one
    assertThat(level(iso, "~1986", "1987-05-14")).isEqualTo("estimate");
    assertThat(level(iso, "1986", "1987-05-14")).isEqualTo("different");
    assertThat(level(iso, "1960-01-01", "1987-05-14")).isEqualTo("different");
  }

  @Test
  void birthYearsAgreeExactlyOrWithinAnEstimate() {
    assertThat(level(FieldKind.BIRTH_YEAR, "1990", "1990")).isEqualTo("known_part");
    assertThat(level(FieldKind.BIRTH_YEAR, "~1991", "1990")).isEqualTo("estimate");
    assertThat(level(FieldKind.BIRTH_YEAR, "1991", "1990")).isEqualTo("different");
    assertThat(level(FieldKind.BIRTH_YEAR, "1993?", "1990")).isEqualTo("different");
  }

  @Test
  void sexIsReadInSeveralLanguagesAndUnknownIsMissing() {
    assertThat(level(FieldKind.SEX, "F", "ж")).isEqualTo("exact");
    assertThat(level(FieldKind.SEX, "male", "F")).isEqualTo("different");
    assertThat(level(FieldKind.SEX, "unknown", "F")).isEqualTo("null");
  }

  @Test
  void nationalityAcceptsAlpha2AndAlpha3() {
    assertThat(level(FieldKind.NATIONALITY, "TJ", "tjk")).isEqualTo("exact");
    assertThat(level(FieldKind.NATIONALITY, "KAZ", "TJK")).isEqualTo("different");
  }

  @Test
  void identifiersTolerateOneSlipIncludingATransposition() {
    assertThat(level(FieldKind.IDENTIFIER, "AB 123-456", "ab123456")).isEqualTo("exact");
    assertThat(level(FieldKind.IDENTIFIER, "AB123456", "AB124356")).isEqualTo("slip");
    assertThat(level(FieldKind.IDENTIFIER, "AB123456", "AB123457")).isEqualTo("slip");
    assertThat(level(FieldKind.IDENTIFIER, "AB123456", "AB654321")).isEqualTo("different");
  }

  @Test
  void shortCodesGetNoSlipTolerance() {
    assertThat(level(FieldKind.CODE, "4011", "4012")).isEqualTo("slip");
    assertThat(level(FieldKind.CODE, "12", "13")).isEqualTo("different");
  }

  @Test
  void categoriesArePlainEquality() {
    assertThat(level(FieldKind.CATEGORY, "WA", "wa")).isEqualTo("exact");
    assertThat(level(FieldKind.CATEGORY, "wa", "qld")).isEqualTo("different");
  }

  @Test
  void placesAgreeAcrossScripts() {
    assertThat(level(FieldKind.PLACE, "Dushanbe", "Душанбе")).isEqualTo("exact");
    assertThat(level(FieldKind.PLACE, "st james", "st jaems")).isEqualTo("close");
    assertThat(level(FieldKind.PLACE, "al-Hol", "Roj")).isEqualTo("different");
  }

  @Test
  void textIgnoresWordOrder() {
    assertThat(level(FieldKind.TEXT, "giblin street", "street giblin")).isEqualTo("exact");
    assertThat(level(FieldKind.TEXT, "tullaroop street", "tullarop street")).isEqualTo("close");
    assertThat(level(FieldKind.TEXT, "tullaroop street", "giblin street"))
        .isIn("overlap", "different");
  }

  @Test
  void emailsAgreeOnTheMailboxName() {
    assertThat(level(FieldKind.EMAIL, "Robert@Smith.net", "robert@smith.net")).isEqualTo("exact");
    assertThat(level(FieldKind.EMAIL, "robert@smith.net", "robert@jones.com")).isEqualTo("close");
    assertThat(level(FieldKind.EMAIL, "robert@smith.net", "ann@jones.com")).isEqualTo("different");
  }
}
