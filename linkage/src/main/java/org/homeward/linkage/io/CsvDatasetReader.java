package org.homeward.linkage.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.homeward.linkage.compare.PartialDate;
import org.homeward.linkage.settings.FieldKind;
import org.homeward.linkage.settings.FieldSpec;
import org.homeward.linkage.settings.LinkageSettings;

/**
 * Reads a CSV list (RFC 4180, UTF-8, header row, cells trimmed) into a {@link Dataset}, one record
 * at a time, keeping only the id and the compared columns. Trimming also makes files written with
 * ", " separators (FEBRL) read correctly.
 */
public final class CsvDatasetReader {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setTrim(true)
          .setIgnoreSurroundingSpaces(true)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .get();

  private static final int LINES_SHOWN = 5;

  private CsvDatasetReader() {}

  public static Dataset read(Path file, LinkageSettings settings) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString(), settings);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** Reads CSV text; {@code source} names it in messages. */
  public static Dataset read(Reader reader, String source, LinkageSettings settings)
      throws IOException {
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      List<String> header = header(parser.getHeaderNames(), source);
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        if (columns.putIfAbsent(header.get(i), i) != null) {
          throw new InputException(
              source + ": line 1: column \"" + header.get(i) + "\" appears twice in the header");
        }
      }
      int idColumn = column(columns, settings.idColumn(), source, "the id column");
      List<FieldSpec> fields = settings.fields();
      int[] fieldColumns = new int[fields.size()];
      PartialDate.Parser[] dateParsers = new PartialDate.Parser[fields.size()];
      for (int f = 0; f < fields.size(); f++) {
        FieldSpec spec = fields.get(f);
        fieldColumns[f] =
            column(
                columns, spec.column(), source, "field " + f + " (" + spec.kind().jsonName() + ")");
        if (spec.kind() == FieldKind.BIRTH_DATE) {
          dateParsers[f] = PartialDate.parser(spec.format());
        } else if (spec.kind() == FieldKind.BIRTH_YEAR) {
          dateParsers[f] = PartialDate.yearParser();
        }
      }
      List<String> ids = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      List<List<String>> values = new ArrayList<>();
      for (int f = 0; f < fields.size(); f++) {
        values.add(new ArrayList<>());
      }
      int[] badCounts = new int[fields.size()];
      List<List<Long>> badLines = new ArrayList<>();
      for (int f = 0; f < fields.size(); f++) {
        badLines.add(new ArrayList<>());
      }
      for (CSVRecord record : parser) {
        long line = lineOf(record, parser);
        if (record.size() != header.size()) {
          throw new InputException(
              String.format(
                  "%s: line %d: %d cells where the header has %d columns (%s)",
                  source,
                  line,
                  record.size(),
                  header.size(),
                  record.size() < header.size()
                      ? "first missing column: " + header.get(record.size())
                      : "extra cells after column " + header.get(header.size() - 1)));
        }
        String id = record.get(idColumn);
        if (id.isEmpty()) {
          throw new InputException(
              source + ": line " + line + ", column " + settings.idColumn() + ": the id is empty");
        }
        if (!seen.add(id)) {
          throw new InputException(
              source
                  + ": line "
                  + line
                  + ", column "
                  + settings.idColumn()
                  + ": duplicate id \""
                  + id
                  + "\" (ids must be unique within a file)");
        }
        ids.add(id);
        for (int f = 0; f < fields.size(); f++) {
          String value = record.get(fieldColumns[f]);
          if (dateParsers[f] != null && !value.isEmpty() && dateParsers[f].parse(value) == null) {
            badCounts[f]++;
            if (badLines.get(f).size() < LINES_SHOWN) {
              badLines.get(f).add(line);
            }
            value = "";
          }
          values.get(f).add(value);
        }
      }
      List<Dataset.ValueIssue> issues = new ArrayList<>();
      for (int f = 0; f < fields.size(); f++) {
        if (badCounts[f] > 0) {
          issues.add(
              new Dataset.ValueIssue(
                  fields.get(f).column(),
                  badCounts[f],
                  badLines.get(f),
                  dateParsers[f].description()));
        }
      }
      String[][] columnsOut = new String[fields.size()][];
      for (int f = 0; f < fields.size(); f++) {
        columnsOut[f] = values.get(f).toArray(String[]::new);
      }
      return new Dataset(source, settings, ids, columnsOut, issues);
    } catch (CharacterCodingException e) {
      throw new InputException(source + ": not UTF-8 text (" + e.getMessage() + ")", e);
    } catch (java.io.UncheckedIOException e) {
      throw new InputException(
          source + ": cannot parse CSV (" + e.getCause().getMessage() + ")", e);
    } catch (IllegalStateException e) {
      // Commons CSV reports malformed quoting this way, with its own line number.
      throw new InputException(source + ": malformed CSV (" + e.getMessage() + ")", e);
    }
  }

  /** Line of the record's first character: the header is line 1, no multi-line cells assumed. */
  private static long lineOf(CSVRecord record, CSVParser parser) {
    return record.getRecordNumber() + 1;
  }

  private static List<String> header(List<String> names, String source) {
    if (names == null || names.isEmpty()) {
      throw new InputException(source + ": line 1: expected a header row, found an empty file");
    }
    List<String> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) == null ? "" : names.get(i).trim();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1).trim(); // byte-order mark written by spreadsheet programs
      }
      out.add(name);
    }
    return out;
  }

  private static int column(Map<String, Integer> columns, String name, String source, String role) {
    Integer index = columns.get(name);
    if (index == null) {
      throw new InputException(
          String.format(
              "%s: line 1: no column \"%s\" (%s in the settings); the header has: %s",
              source, name, role, String.join(", ", columns.keySet().stream().sorted().toList())));
    }
    return index;
  }
}
