package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void monthPrecisionCoversTheWholeMonth() {
    PartialDate d = PartialDate.parse("2016-02", DatePrecision.MONTH);

    assertThat(d.earliest()).isEqualTo(LocalDate.of(2016, 2, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(d.text()).isEqualTo("2016-02");
  }

  @Test
  void yearPrecisionCoversTheWholeYear() {
    PartialDate d = PartialDate.parse("2015", DatePrecision.YEAR);

    assertThat(d.earliest()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2015, 12, 31));
    assertThat(d.text()).isEqualTo("2015");
  }

  @Test
  void statedAgeGivesTheYearOfBirthsConsistentWithIt() {
    PartialDate d = PartialDate.estimatedFromAge(7, LocalDate.of(2024, 5, 1));

    assertThat(d.earliest()).isEqualTo(LocalDate.of(2016, 5, 2));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2017, 5, 1));
    assertThat(d.ageOn(LocalDate.of(2024, 5, 1))).isEqualTo(7);
    assertThat(d.ageOn(LocalDate.of(2025, 4, 30))).isEqualTo(7);
    assertThat(d.ageOn(LocalDate.of(2025, 5, 1))).isEqualTo(8);
  }

  @Test
  void dayInAMonthPrecisionDateIsRefusedWithTheExpectedShape() {
    assertThatThrownBy(() -> PartialDate.parse("2015-03-04", DatePrecision.MONTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yyyy-MM");
  }

  @Test
  void impossibleDateIsRefused() {
    assertThatThrownBy(() -> PartialDate.parse("2015-02-30", DatePrecision.EXACT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yyyy-MM-dd");
  }

  @Test
  void negativeAgeIsRefused() {
    assertThatThrownBy(() -> PartialDate.estimatedFromAge(-1, LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ageBandsCoverEveryAge() {
    assertThat(AgeBand.of(0)).isEqualTo(AgeBand.AGE_0_4);
    assertThat(AgeBand.of(11)).isEqualTo(AgeBand.AGE_5_11);
    assertThat(AgeBand.of(12)).isEqualTo(AgeBand.AGE_12_17);
    assertThat(AgeBand.of(59)).isEqualTo(AgeBand.AGE_18_59);
    assertThat(AgeBand.of(60)).isEqualTo(AgeBand.AGE_60_PLUS);
    assertThat(AgeBand.of(null)).isEqualTo(AgeBand.UNKNOWN);
  }
}
