package org.homeward.linkage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BayesCeilingTest {

  private static final List<BayesCeiling.Person> PERSONS =
      List.of(
          person("Zaur", "Ergashev", "1990-05-01", "TJK", "AB1234567"),
          person("Zaur", "Ergashev", "1990-08-01", "TJK", null),
          person("Madina", "Karimova", "1985-01-01", "TJK", null),
          person("Aigerim", "Asanova", "2000-01-01", "KAZ", null));

  private static BayesCeiling.Person person(
      String given, String surname, String birth, String nationality, String document) {
    return new BayesCeiling.Person(
        given, surname, null, "M", nationality, LocalDate.parse(birth), document);
  }

  private static BayesCeiling.Record record(int person, String birth, String document) {
    return new BayesCeiling.Record(person, "TJK", "M", birth, document, false);
  }

  /** Ergashev Zaur twice (one with only his birth year), his namesake, and two others. */
  private static final List<BayesCeiling.Record> RECORDS =
      List.of(
          record(0, "1990-05-01", ""),
          record(0, "1990", ""),
          record(1, "1990-08-01", ""),
          record(2, "1985-01-01", ""),
          record(3, "2000-01-01", ""));

  @Test
  void posteriorIsPriorOddsTimesEachFieldsRatio() {
    BayesCeiling ceiling = new BayesCeiling(PERSONS, RECORDS);
    // Prior odds 1 true pair to 9 others; name 4/2; nationality 4/3 (three of four are TJK);
    // a full date against its year: 4 × 1 / (1 × 2). Odds 1/9 × 16/3 = 16/27.
    assertThat(ceiling.posterior(0, 1)).isCloseTo(16.0 / 43, within(1e-12));
    // Two full dates that differ cannot be one person's; different names are never compared.
    assertThat(ceiling.posterior(0, 2)).isZero();
    assertThat(ceiling.posterior(0, 3)).isZero();
  }

  @Test
  void aBirthYearCannotTellANamesakeFromTheSamePerson() {
    BayesCeiling ceiling = new BayesCeiling(PERSONS, RECORDS);
    assertThat(ceiling.posterior(1, 2)).isEqualTo(ceiling.posterior(0, 1));
    BayesCeiling.Score score = ceiling.score(0.3).scores().get(0);
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(1.0);
  }

  @Test
  void aDocumentNumberBothShowSettlesThePairDespiteASlip() {
    List<BayesCeiling.Record> records =
        List.of(
            record(0, "", "AB1234567"),
            record(0, "", "AB1234576"),
            record(1, "", ""),
            record(2, "", ""),
            record(3, "", ""));
    BayesCeiling ceiling = new BayesCeiling(PERSONS, records);
    assertThat(ceiling.posterior(0, 1)).isGreaterThan(ceiling.posterior(0, 2));
    assertThat(ceiling.posterior(0, 1))
        .isCloseTo(4 * 2 * 4.0 / 3 / (9 + 4 * 2 * 4.0 / 3), within(1e-12));
  }
}
