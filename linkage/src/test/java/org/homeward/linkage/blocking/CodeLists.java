package org.homeward.linkage.blocking;

import java.io.StringReader;
import java.util.List;
import org.homeward.linkage.compare.PreparedRecords;
import org.homeward.linkage.compare.RecordComparator;
import org.homeward.linkage.io.CsvDatasetReader;
import org.homeward.linkage.settings.FieldKind;
import org.homeward.linkage.settings.FieldSpec;
import org.homeward.linkage.settings.LinkageSettings;

/** Lists of one code column, and the rule that blocks on the code: what blocking tests use. */
final class CodeLists {

  private static final LinkageSettings SETTINGS =
      new LinkageSettings("id", List.of(FieldSpec.of("code", FieldKind.CODE)));

  static final BlockingRule BY_CODE =
      new BlockingRule(
          "code",
          (records, row, out) -> {
            if (records.value(0, row) instanceof String s) {
              out.accept(s);
            }
          });

  private CodeLists() {}

  /** The list written as CSV with header {@code id,code}, prepared for blocking. */
  static PreparedRecords prepare(String csv) throws Exception {
    return PreparedRecords.prepare(
        CsvDatasetReader.read(new StringReader(csv), "t.csv", SETTINGS),
        new RecordComparator(SETTINGS).fields());
  }
}
