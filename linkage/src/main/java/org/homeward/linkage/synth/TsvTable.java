package org.homeward.linkage.synth;

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
 * Reads a tab-separated data file on the classpath (an absolute resource path such as {@code
 * /synth/surnames.tsv}): UTF-8, lines starting with {@code #} and blank lines ignored, first
 * remaining line is the header.
 */
public final class TsvTable {

  private TsvTable() {}

  /** Opens a classpath resource; {@code resource} is absolute, e.g. {@code /synth/x.tsv}. */
  public static InputStream open(String resource) {
    InputStream in = TsvTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing data file " + resource);
    }
    return in;
  }

  public static List<Row> read(String file) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      return parse(file, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
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
  public record Row(String file, int line, Map<String, String> cells) {

    static Row of(String file, int line, List<String> header, List<String> cells) {
      if (cells.size() != header.size()) {
        throw new IllegalStateException(
            "%s line %d: expected %d tab-separated cells %s, found %d"
                .formatted(file, line, header.size(), header, cells.size()));
      }
      Map<String, String> map = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        map.put(header.get(i), cells.get(i));
      }
      return new Row(file, line, map);
    }

    public String text(String column) {
      String value = cells.get(column);
      if (value == null) {
        throw new IllegalStateException("%s line %d: no column %s".formatted(file, line, column));
      }
      return value;
    }

    public int integer(String column) {
      return (int) number(column);
    }

    public double number(String column) {
      try {
        return Double.parseDouble(text(column).trim());
      } catch (NumberFormatException e) {
        throw new IllegalStateException(
            "%s line %d: column %s must be a number".formatted(file, line, column), e);
      }
    }
  }
}
