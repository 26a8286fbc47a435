package org.homeward.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a tab-separated data file under {@code /demo/} on the classpath: UTF-8, lines starting with
 * {@code #} and blank lines ignored, first remaining line is the header.
 */
final class TsvTable {

  private TsvTable() {}

  static InputStream open(String file) {
    InputStream in = TsvTable.class.getResourceAsStream("/demo/" + file);
    if (in == null) {
      throw new IllegalStateException("Missing demo data file /demo/" + file);
    }
    return in;
  }

  static List<Row> read(String file) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      return parse(file, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read /demo/" + file, e);
    }
  }

  private static List<Row> parse(String file, BufferedReader reader) throws IOException {
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      // Limit -1 keeps trailing empty cells: an empty rendering is meaningful.
      List<String> cells = Arrays.asList(line.split("\t", -1));
      if (header == null) {
        header = cells;
      } else {
        rows.add(Row.of(file, number, header, cells));
      }
    }
    return rows;
  }

  /** One data row; cells are looked up by column name. */
  record Row(String file, int line, Map<String, String> cells) {

    static Row of(String file, int line, List<String> header, List<String> cells) {
      if (cells.size() != header.size()) {
        throw new IllegalStateException(
            "/demo/%s line %d: expected %d tab-separated cells %s, found %d"
                .formatted(file, line, header.size(), header, cells.size()));
      }
      Map<String, String> map = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        map.put(header.get(i), cells.get(i));
      }
      return new Row(file, line, map);
    }

    String text(String column) {
      String value = cells.get(column);
      if (value == null) {
        throw new IllegalStateException(
            "/demo/%s line %d: no column %s".formatted(file, line, column));
      }
      return value;
    }

    int integer(String column) {
      return (int) number(column);
    }

    double number(String column) {
      try {
        return Double.parseDouble(text(column).trim());
      } catch (NumberFormatException e) {
        throw new IllegalStateException(
            "/demo/%s line %d: column %s must be a number".formatted(file, line, column), e);
      }
    }
  }
}
