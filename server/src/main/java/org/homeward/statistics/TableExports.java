package org.homeward.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.homeward.common.SpreadsheetText;

/**
 * A computed table as CSV, HXL-tagged CSV (Humanitarian Exchange Language: a row of hashtags under
 * the header, so tools such as HDX read the columns' meaning) and XLSX. One row per cell, margins
 * included ("Total"); a suppressed cell has no count and says so.
 */
final class TableExports {
  static final String SUPPRESSED = "suppressed";

  private TableExports() {}

  static String csv(StatisticsTable t) {
    return write(t, false);
  }

  static String hxl(StatisticsTable t) {
    return write(t, true);
  }

  private static String write(StatisticsTable t, boolean hxl) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(header(t));
      if (hxl) {
        List<String> tags = new ArrayList<>();
        for (String d : t.dimensions()) {
          tags.add(Dimension.fromLabel(d).orElseThrow().hxlTag());
        }
        tags.add("#affected+num");
        tags.add("#meta+status");
        csv.printRecord(tags);
      }
      for (List<String> row : rows(t)) {
        csv.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static byte[] xlsx(StatisticsTable t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook book = new Workbook(out, "Homeward", "1.0");
      Worksheet table = book.newWorksheet("Table");
      List<String> header = header(t);
      for (int c = 0; c < header.size(); c++) {
        table.value(0, c, header.get(c));
        table.style(0, c).bold().set();
      }
      int r = 1;
      for (StatisticsTable.Cell cell : t.cells()) {
        for (int c = 0; c < cell.key().size(); c++) {
          table.value(r, c, cell.key().get(c));
        }
        if (cell.count() != null) {
          table.value(r, cell.key().size(), cell.count());
        }
        table.value(r, cell.key().size() + 1, cell.suppressed() ? SUPPRESSED : "");
        r++;
      }
      Worksheet about = book.newWorksheet("About");
      String[][] facts = {
        {"Query", t.query()},
        {"Computed at (UTC)", t.computedAt().toString()},
        {"Data version (audit position)", String.valueOf(t.dataVersion())},
        {"For publication", String.valueOf(t.publicRelease())},
        {"Smallest published count", String.valueOf(t.threshold())},
        {"Rounded to", String.valueOf(t.roundTo())},
        {
          "Note",
          "Counts from 1 to below the threshold are suppressed, with further cells suppressed so"
              + " that totals cannot reveal them."
        }
      };
      for (int i = 0; i < facts.length; i++) {
        about.value(i, 0, facts[i][0]);
        about.value(i, 1, facts[i][1]);
      }
      book.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static List<String> header(StatisticsTable t) {
    List<String> header = new ArrayList<>(t.dimensions());
    header.add("count");
    header.add("status");
    return header;
  }

  private static List<List<String>> rows(StatisticsTable t) {
    List<List<String>> rows = new ArrayList<>();
    for (StatisticsTable.Cell cell : t.cells()) {
      List<String> row = new ArrayList<>();
      cell.key().forEach(k -> row.add(SpreadsheetText.defused(k)));
      row.add(cell.count() == null ? "" : String.valueOf(cell.count()));
      row.add(cell.suppressed() ? SUPPRESSED : "");
      rows.add(row);
    }
    return rows;
  }
}
