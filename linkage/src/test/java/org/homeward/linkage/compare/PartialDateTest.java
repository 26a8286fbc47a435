package org.homeward.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartialDateTest {

  private final PartialDate.Parser optional = PartialDate.parser("yyyy[-MM[-dd]]");

  @Test
  void optionalSectionsGiveThePrecisionWrittenNotJanuaryFirst() {
    assertThat(optional.parse("1987")).isEqualTo(new PartialDate(1987, 0, 0, false));
    assertThat(optional.parse("1987").precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(optional.parse("1987-05")).isEqualTo(new PartialDate(1987, 5, 0, false));
    assertThat(optional.parse("1987-05-14").precision()).isEqualTo(PartialDate.Precision.DAY);
  }

  @Test
  void impossibleDatesAndOtherShapesDoNotFit() {
    assertThat(optional.parse("1987-02-30")).isNull();
    assertThat(optional.parse("14.05.1987")).isNull();
    assertThat(PartialDate.parser("dd.MM.yyyy").parse("14.05.1987"))
        .isEqualTo(new PartialDate(1987, 5, 14, false));
  }

  @Test
  void estimateMarksAreRecognised() {
    assertThat(optional.parse("~1990").estimated()).isTrue();
    assertThat(optional.parse("c. 1990").estimated()).isTrue();
    assertThat(optional.parse("1990?").estimated()).isTrue();
    assertThat(optional.parse("1990").estimated()).isFalse();
    assertThat(PartialDate.yearParser().parse("~1990"))
        .isEqualTo(new PartialDate(1990, 0, 0, true));
  }
}
