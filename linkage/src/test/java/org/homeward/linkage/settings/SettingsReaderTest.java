package org.homeward.linkage.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsReaderTest {

  @Test
  void readsIdFieldsKindsAndDateFormat() {
    LinkageSettings settings =
        SettingsReader.parse(
            """
            {"id": "rec_id", "fields": [
              {"column": "given_name", "kind": "given_name"},
              {"column": "dob", "kind": "birth_date", "format": "yyyy[-MM[-dd]]"}]}
            """,
            "s.json");
    assertThat(settings.idColumn()).isEqualTo("rec_id");
    assertThat(settings.fields())
        .containsExactly(
            new FieldSpec("given_name", FieldKind.GIVEN_NAME, null),
            new FieldSpec("dob", FieldKind.BIRTH_DATE, "yyyy[-MM[-dd]]"));
  }

  @Test
  void everyKindNameInTheIssueIsAccepted() {
    for (String kind :
        new String[] {
          "full_name", "given_name", "family_name", "patronymic", "birth_date", "birth_year", "sex",
          "nationality", "identifier", "code", "category", "place", "text", "email"
        }) {
      LinkageSettings settings =
          SettingsReader.parse(
              "{\"id\": \"id\", \"fields\": [{\"column\": \"c\", \"kind\": \"" + kind + "\"}]}",
              "s");
      assertThat(settings.fields().get(0).kind().jsonName()).isEqualTo(kind);
    }
  }

  @Test
  void unknownKindNamesFileFieldIndexAndTheKindsExpected() {
    assertThatThrownBy(
            () ->
                SettingsReader.parse(
                    "{\"id\": \"id\", \"fields\": [{\"column\": \"a\", \"kind\": \"sex\"},"
                        + " {\"column\": \"b\", \"kind\": \"surname\"}]}",
                    "people.json"))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("people.json")
        .hasMessageContaining("fields[1]")
        .hasMessageContaining("unknown kind \"surname\"")
        .hasMessageContaining("family_name");
  }

  @Test
  void missingColumnKeyIsNamed() {
    assertThatThrownBy(
            () ->
                SettingsReader.parse(
                    "{\"id\": \"id\", \"fields\": [{\"kind\": \"sex\"}]}", "s.json"))
        .hasMessageContaining("s.json: fields[0]")
        .hasMessageContaining("\"column\" is missing");
  }

  @Test
  void missingIdAndBadDatePatternAreNamed() {
    assertThatThrownBy(() -> SettingsReader.parse("{\"fields\": []}", "s.json"))
        .hasMessageContaining("\"id\"");
    assertThatThrownBy(
            () ->
                SettingsReader.parse(
                    "{\"id\": \"id\", \"fields\": [{\"column\": \"d\", \"kind\": \"birth_date\","
                        + " \"format\": \"yyyy-MM-dd{\"}]}",
                    "s.json"))
        .hasMessageContaining("fields[0]")
        .hasMessageContaining("java.time pattern");
  }

  @Test
  void invalidJsonIsReportedWithTheFile() {
    assertThatThrownBy(() -> SettingsReader.parse("{\"id\": ", "broken.json"))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("broken.json: not valid JSON");
  }
}
