package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.homeward.common.FieldError;
import org.homeward.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class PersonInputTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  static PersonInput withName(String text) {
    return new PersonInput(
        List.of(new PersonInput.NameInput(text, null, null, null)),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void detectsTheScriptOfEachName() {
    PersonInput input =
        new PersonInput(
            List.of(
                new PersonInput.NameInput("Раҳимова Мадина", null, "tg", "ministry list"),
                new PersonInput.NameInput("رحيموفا مدينة", null, null, null),
                new PersonInput.NameInput("RAKHIMOVA MADINA", null, null, "passport")),
            "female",
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    PersonDetails details = input.toDetails(TODAY, id -> false);

    assertThat(details.names())
        .extracting(NameVariant::script)
        .containsExactly("Cyrl", "Arab", "Latn");
    assertThat(details.sex()).isEqualTo(Sex.FEMALE);
    assertThat(details.custodyStatus()).isEqualTo(CustodyStatus.HELD);
  }

  @Test
  void collapsesInnerWhitespaceAndNormalisesToNfc() {
    PersonDetails details = withName("  Мадина \t  Рахимова ").toDetails(TODAY, id -> false);

    assertThat(details.displayName()).isEqualTo("Мадина Рахимова");
  }

  @Test
  void refusesControlCharactersInNames() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> withName("Madina\u0000").toDetails(TODAY, id -> false));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("names[0].text");
  }

  @Test
  void infersPrecisionFromTheShapeOfTheDate() {
    PersonInput input =
        new PersonInput(
            List.of(new PersonInput.NameInput("Madina", null, null, null)),
            null,
            new PersonInput.BirthDateInput("2015", null, null, null),
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(input.toDetails(TODAY, id -> false).birthDate().precision())
        .isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void refusesTheSameNationalityTwice() {
    PersonInput input =
        new PersonInput(
            List.of(new PersonInput.NameInput("Madina", null, null, null)),
            null,
            null,
            List.of(
                new PersonInput.NationalityInput("TJK", null),
                new PersonInput.NationalityInput("tjk", "VERIFIED")),
            null,
            null,
            null,
            null,
            null);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> input.toDetails(TODAY, id -> false));

    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactly("nationalities[1].country");
  }

  @Test
  void toStringNeverShowsTheName() {
    assertThat(withName("Рахимова Мадина").toString()).doesNotContain("Рахимова");
    assertThat(withName("Рахимова Мадина").toDetails(TODAY, id -> false).toString())
        .doesNotContain("Рахимова");
  }
}
