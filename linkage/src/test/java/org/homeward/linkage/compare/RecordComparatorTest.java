package org.homeward.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.homeward.linkage.io.CsvDatasetReader;
import org.homeward.linkage.settings.FieldKind;
import org.homeward.linkage.settings.FieldSpec;
import org.homeward.linkage.settings.LinkageSettings;
import org.junit.jupiter.api.Test;

class RecordComparatorTest {

  private static final LinkageSettings SETTINGS =
      new LinkageSettings(
          "id",
          List.of(
              FieldSpec.of("given", FieldKind.GIVEN_NAME),
              FieldSpec.of("family", FieldKind.FAMILY_NAME)));

  private static byte[] levels(String csv) throws Exception {
    RecordComparator comparator = new RecordComparator(SETTINGS);
    PreparedRecords records =
        PreparedRecords.prepare(
            CsvDatasetReader.read(new StringReader(csv), "t.csv", SETTINGS), comparator.fields());
    byte[] out = new byte[2];
    comparator.compare(records, 0, records, 1, out, 0);
    return out;
  }

  @Test
  void givenAndFamilyNamesWrittenInEachOthersColumnsAgree() throws Exception {
    assertThat(levels("id,given,family\n1,Madina,Rakhimova\n2,Rakhimova,Madina\n"))
        .containsExactly(0, 0);
    assertThat(levels("id,given,family\n1,Thomas,\n2,,Thomas\n")).containsExactly(0, -1);
  }

  @Test
  void directAgreementIsKeptWhenItIsBetter() throws Exception {
    byte[] levels = levels("id,given,family\n1,Madina,Rakhimova\n2,Madina,Petrova\n");
    assertThat(levels[0]).isZero();
    assertThat(levels[1]).isEqualTo((byte) NameComparator.DIFFERENT);
  }

  @Test
  void rowsWithTheSameRawValuePrepareItOnceAndShareTheForm() throws Exception {
    RecordComparator comparator = new RecordComparator(SETTINGS);
    PreparedRecords records =
        PreparedRecords.prepare(
            CsvDatasetReader.read(
                new StringReader(
                    "id,given,family\n1,Madina,Rakhimova\n2,Madina,Karimova\n3,,Rakhimova\n"),
                "t.csv",
                SETTINGS),
            comparator.fields());
    assertThat(records.value(0, 0)).isNotNull().isSameAs(records.value(0, 1));
    assertThat(records.value(1, 0)).isSameAs(records.value(1, 2));
    assertThat(records.value(1, 0)).isNotSameAs(records.value(1, 1));
    assertThat(records.value(0, 2)).isNull();
  }
}
