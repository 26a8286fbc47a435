package org.homeward.linkage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.homeward.linkage.settings.FieldKind;
import org.homeward.linkage.settings.FieldSpec;
import org.homeward.linkage.settings.LinkageSettings;
import org.junit.jupiter.api.Test;

class CsvDatasetReaderTest {

  private static final LinkageSettings SETTINGS =
      new LinkageSettings(
          "rec_id",
          List.of(
              FieldSpec.of("surname", FieldKind.FAMILY_NAME),
              new FieldSpec("dob", FieldKind.BIRTH_DATE, "yyyyMMdd")));

  private static Dataset read(String csv) throws Exception {
    return CsvDatasetReader.read(new StringReader(csv), "list.csv", SETTINGS);
  }

  @Test
  void trimsCellsSoCommaSpaceSeparatedFilesRead() throws Exception {
    Dataset d = read("rec_id, surname, other, dob\nrec-1-org, waller, x, 19081209\n");
    assertThat(d.ids()).containsExactly("rec-1-org");
    assertThat(d.value(0, 0)).isEqualTo("waller");
    assertThat(d.value(1, 0)).isEqualTo("19081209");
  }

  @Test
  void missingColumnNamesFileLineAndColumn() {
    assertThatThrownBy(() -> read("rec_id,name,dob\n1,a,20000101\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("list.csv: line 1")
        .hasMessageContaining("no column \"surname\"");
  }

  @Test
  void duplicateIdNamesLineAndIdColumn() {
    assertThatThrownBy(() -> read("rec_id,surname,dob\n1,a,20000101\n2,b,20000101\n1,c,20000101\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("list.csv: line 4, column rec_id")
        .hasMessageContaining("duplicate id");
  }

  @Test
  void raggedRowNamesLineAndTheFirstMissingColumn() {
    assertThatThrownBy(() -> read("rec_id,surname,dob\n1,a,20000101\n2,b\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("list.csv: line 3")
        .hasMessageContaining("2 cells where the header has 3")
        .hasMessageContaining("first missing column: dob");
  }

  @Test
  void unparseableDatesAreCountedWithTheirLinesAndTreatedAsMissing() throws Exception {
    Dataset d = read("rec_id,surname,dob\n1,a,20000101\n2,b,2000-01-01\n3,c,20000230\n4,d,\n");
    assertThat(d.value(1, 0)).isEqualTo("20000101");
    assertThat(d.value(1, 1)).isEmpty();
    assertThat(d.value(1, 2)).isEmpty();
    assertThat(d.issues()).hasSize(1);
    Dataset.ValueIssue issue = d.issues().get(0);
    assertThat(issue.count()).isEqualTo(2);
    assertThat(issue.firstLines()).containsExactly(3L, 4L);
    assertThat(issue.message("list.csv"))
        .contains("list.csv: column dob: 2 values did not fit the pattern yyyyMMdd")
        .contains("lines 3, 4")
        .doesNotContain("2000-01-01"); // values may be personal data
  }

  @Test
  void emptyFileIsReported() {
    assertThatThrownBy(() -> read("")).hasMessageContaining("list.csv: line 1");
  }
}
