package org.homeward.linkage.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.homeward.linkage.DedupeResult;
import org.homeward.linkage.LinkResult;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.Progress;
import org.homeward.linkage.ScoredPair;
import org.homeward.linkage.blocking.CandidatePairs;
import org.homeward.linkage.compare.Comparators;
import org.homeward.linkage.compare.FieldComparator;
import org.homeward.linkage.compare.PreparedRecords;
import org.homeward.linkage.io.CsvDatasetReader;
import org.homeward.linkage.io.Dataset;
import org.homeward.linkage.settings.FieldKind;
import org.homeward.linkage.settings.FieldSpec;
import org.homeward.linkage.settings.LinkageSettings;
import org.homeward.linkage.settings.SettingsReader;
import org.homeward.linkage.settings.Thresholds;

/**
 * Measures the engine's pairwise precision, recall and F1 on the public data in {@code
 * ../shared/data} (FEBRL, Splink, Wikidata names, OpenSanctions name cases), untuned and without
 * labels: the truth is used only to score the output. Prints a Markdown table.
 *
 * <pre>
 * java -cp linkage/target/homeward-linkage-cli.jar org.homeward.linkage.bench.QualityReport \
 *     [DATA_DIR (default ../shared/data)] [WORK_DIR (default target/linkage-quality)]
 * </pre>
 *
 * WORK_DIR receives the settings files, the FEBRL link split and the generated name lists, so each
 * task can be rerun with {@code ./homeward link|dedupe}.
 */
public final class QualityReport {

  /** Pairwise quality of one task. */
  public record Score(
      String dataSet,
      String task,
      int records,
      long truePairs,
      long candidates,
      double recallCeiling,
      double precision,
      double recall,
      double seconds) {

    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %,d | %,d | %s | %s | %.4f | %.4f | **%.4f** | %.1f |",
          dataSet,
          task,
          records,
          truePairs,
          candidates < 0 ? "–" : String.format("%,d", candidates),
          Double.isNaN(recallCeiling) ? "–" : String.format(Locale.ROOT, "%.4f", recallCeiling),
          precision,
          recall,
          f1(),
          seconds);
    }
  }

  private static final long SEED = 20240611L;

  private final Path data;
  private final Path work;

  public QualityReport(Path data, Path work) {
    this.data = data;
    this.work = work;
  }

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path work = Path.of(args.length > 1 ? args[1] : "target/linkage-quality");
    Files.createDirectories(work);
    QualityReport report = new QualityReport(data, work);
    List<Score> scores = new ArrayList<>();
    for (String d : List.of("dataset1", "dataset2", "dataset3")) {
      scores.add(report.febrlDedupe(d));
    }
    for (String d : List.of("dataset2", "dataset3")) {
      scores.add(report.febrlLink(d));
    }
    scores.add(report.splinkDedupe());
    scores.add(report.namesLink("ru", 2000));
    scores.add(report.namesLink("ar", 2000));
    scores.add(report.sanctionsNames(true));
    scores.add(report.sanctionsNames(false));
    System.out.println(
        "| data set | task | records | true pairs | candidate pairs | blocking recall ceiling"
            + " | precision | recall | F1 | seconds |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    scores.forEach(s -> System.out.println(s.row()));
  }

  // ---- FEBRL ---------------------------------------------------------------------------------

  /** FEBRL ids: rec-N-org and rec-N-dup-k are person N. */
  private static String febrlPerson(String id) {
    String[] parts = id.split("-");
    return parts[1];
  }

  public Score febrlDedupe(String name) throws IOException {
    LinkageSettings settings = settings("febrl.json");
    Dataset records = CsvDatasetReader.read(data.resolve("febrl/" + name + ".csv"), settings);
    return dedupe("FEBRL " + name, records, settings, QualityReport::febrlPerson);
  }

  /** Link task: the originals of a FEBRL file against its duplicates, written as two files. */
  public Score febrlLink(String name) throws IOException {
    LinkageSettings settings = settings("febrl.json");
    List<String> lines =
        Files.readAllLines(data.resolve("febrl/" + name + ".csv"), StandardCharsets.UTF_8);
    List<String> org = new ArrayList<>(List.of(lines.get(0)));
    List<String> dup = new ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      (line.startsWith("rec-") && line.split(",", 2)[0].endsWith("-org") ? org : dup).add(line);
    }
    Path left = work.resolve("febrl-" + name + "-org.csv");
    Path right = work.resolve("febrl-" + name + "-dup.csv");
    Files.write(left, org, StandardCharsets.UTF_8);
    Files.write(right, dup, StandardCharsets.UTF_8);
    return link(
        "FEBRL " + name + " org × dup",
        CsvDatasetReader.read(left, settings),
        CsvDatasetReader.read(right, settings),
        settings,
        QualityReport::febrlPerson,
        QualityReport::febrlPerson);
  }

  // ---- Splink --------------------------------------------------------------------------------

  public Score splinkDedupe() throws IOException {
    LinkageSettings settings = settings("splink.json");
    Path file = data.resolve("splink/fake_1000.csv");
    Map<String, String> cluster = new TreeMap<>();
    for (CSVRecord r : readCsv(file)) {
      cluster.put(r.get("unique_id"), r.get("cluster"));
    }
    return dedupe(
        "Splink fake_1000", CsvDatasetReader.read(file, settings), settings, cluster::get);
  }

  // ---- Names across scripts ------------------------------------------------------------------

  /**
   * Link task built from Wikidata name pairs: persons of two random name words; the left list
   * writes them in Latin, given name first, the right list in Cyrillic or Arabic, family name
   * first. Birth years: the left list knows 90% of them; the right list has 60% exact, 20%
   * estimated ("~1987", and then a year out half of the time) and 20% missing, as camp lists do.
   * Each list also has people the other does not.
   */
  public Score namesLink(String language, int persons) throws IOException {
    String file =
        language.equals("ru") ? "wikidata-names-en-ru.train.tsv" : "wikidata-names-en-ar.train.tsv";
    List<String[]> words = new ArrayList<>();
    for (String line :
        Files.readAllLines(data.resolve("transliteration/" + file), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2 && !f[0].isBlank()) {
        words.add(new String[] {capitalise(f[0]), f[1].replace(" ", "")});
      }
    }
    Random random = new Random(SEED + language.hashCode());
    int extra = persons / 2;
    Path left = work.resolve("names-" + language + "-latin.csv");
    Path right = work.resolve("names-" + language + "-native.csv");
    List<Integer> rightOrder = new ArrayList<>();
    List<String[]> rightRows = new ArrayList<>();
    try (CSVPrinter l = printer(left, "id", "name", "birth_year")) {
      for (int p = 0; p < persons + 2 * extra; p++) {
        String[] given = words.get(random.nextInt(words.size()));
        String[] family = words.get(random.nextInt(words.size()));
        int year = 1950 + random.nextInt(65);
        boolean onLeft = p < persons + extra;
        boolean onRight = p < persons || p >= persons + extra;
        if (onLeft) {
          l.printRecord("P" + p, given[0] + " " + family[0], random.nextDouble() < 0.1 ? "" : year);
        }
        if (onRight) {
          double r = random.nextDouble();
          String birth =
              r < 0.6
                  ? String.valueOf(year)
                  : r < 0.8
                      ? "~" + (year + (random.nextBoolean() ? 0 : random.nextBoolean() ? 1 : -1))
                      : "";
          rightRows.add(new String[] {"P" + p, family[1] + " " + given[1], birth});
          rightOrder.add(rightOrder.size());
        }
      }
    }
    Collections.shuffle(rightOrder, random);
    try (CSVPrinter r = printer(right, "id", "name", "birth_year")) {
      for (int i : rightOrder) {
        r.printRecord((Object[]) rightRows.get(i));
      }
    }
    LinkageSettings settings = settings("names.json");
    return link(
        "Wikidata en–" + language + " names",
        CsvDatasetReader.read(left, settings),
        CsvDatasetReader.read(right, settings),
        settings,
        Function.identity(),
        Function.identity());
  }

  /**
   * OpenSanctions' labelled name pairs, judged by the name comparison alone: a pair counts as a
   * match when the names reach the "exact", "close" or "mostly close" level (all that "close"
   * covered before it was split in two, so that the figure stays comparable).
   */
  public Score sanctionsNames(boolean personsOnly) throws IOException {
    FieldComparator<?> names = Comparators.forField(FieldSpec.of("name", FieldKind.FULL_NAME));
    long start = System.nanoTime();
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long truePairs = 0;
    int cases = 0;
    for (CSVRecord r : readCsv(data.resolve("name-matching/opensanctions-name-cases.csv"))) {
      if (personsOnly && !r.get("schema").equals("Person")) {
        continue;
      }
      cases++;
      boolean truth = Boolean.parseBoolean(r.get("is_match"));
      Object a = names.prepare(r.get("name1"));
      Object b = names.prepare(r.get("name2"));
      boolean predicted = a != null && b != null && names.levelOf(a, b) <= 2;
      truePairs += truth ? 1 : 0;
      tp += truth && predicted ? 1 : 0;
      fp += !truth && predicted ? 1 : 0;
      fn += truth && !predicted ? 1 : 0;
    }
    return new Score(
        "OpenSanctions name cases" + (personsOnly ? " (persons)" : " (all schemas)"),
        "name comparison",
        cases,
        truePairs,
        -1,
        Double.NaN,
        tp + fp == 0 ? 0 : tp / (double) (tp + fp),
        tp + fn == 0 ? 0 : tp / (double) (tp + fn),
        (System.nanoTime() - start) / 1e9);
  }

  // ---- Scoring -------------------------------------------------------------------------------

  private Score dedupe(
      String name, Dataset records, LinkageSettings settings, Function<String, String> person) {
    long start = System.nanoTime();
    LinkageEngine engine = new LinkageEngine(settings);
    DedupeResult result = engine.dedupe(records, Thresholds.DEFAULT, Progress.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> ids = records.ids();
    Set<Long> truth = new HashSet<>();
    Map<String, List<Integer>> byPerson = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byPerson.computeIfAbsent(person.apply(ids.get(i)), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> rows : byPerson.values()) {
      for (int a = 0; a < rows.size(); a++) {
        for (int b = a + 1; b < rows.size(); b++) {
          truth.add(CandidatePairs.pack(rows.get(a), rows.get(b)));
        }
      }
    }
    Map<Integer, List<Integer>> byCluster = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byCluster.computeIfAbsent(result.clusterOf()[i], k -> new ArrayList<>()).add(i);
    }
    long predicted = 0;
    long tp = 0;
    for (List<Integer> rows : byCluster.values()) {
      for (int a = 0; a < rows.size(); a++) {
        for (int b = a + 1; b < rows.size(); b++) {
          predicted++;
          tp += truth.contains(CandidatePairs.pack(rows.get(a), rows.get(b))) ? 1 : 0;
        }
      }
    }
    CandidatePairs candidates = engine.blocker().dedupe(engine.prepare(records)).pairs();
    long reachable =
        truth.stream().filter(p -> candidates.contains((int) (p >>> 32), (int) (long) p)).count();
    return new Score(
        name,
        "dedupe",
        records.size(),
        truth.size(),
        candidates.size(),
        reachable / (double) truth.size(),
        predicted == 0 ? 0 : tp / (double) predicted,
        tp / (double) truth.size(),
        seconds);
  }

  private Score link(
      String name,
      Dataset left,
      Dataset right,
      LinkageSettings settings,
      Function<String, String> leftPerson,
      Function<String, String> rightPerson) {
    long start = System.nanoTime();
    LinkageEngine engine = new LinkageEngine(settings);
    LinkResult result = engine.link(left, right, Thresholds.DEFAULT, Progress.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, List<Integer>> rightByPerson = new TreeMap<>();
    for (int r = 0; r < right.size(); r++) {
      rightByPerson
          .computeIfAbsent(rightPerson.apply(right.ids().get(r)), k -> new ArrayList<>())
          .add(r);
    }
    Set<Long> truth = new HashSet<>();
    for (int l = 0; l < left.size(); l++) {
      for (int r : rightByPerson.getOrDefault(leftPerson.apply(left.ids().get(l)), List.of())) {
        truth.add(CandidatePairs.pack(l, r));
      }
    }
    long predicted = 0;
    long tp = 0;
    for (ScoredPair pair : result.pairs()) {
      if (pair.decision() == Thresholds.Decision.MATCH) {
        predicted++;
        tp += truth.contains(CandidatePairs.pack(pair.left(), pair.right())) ? 1 : 0;
      }
    }
    PreparedRecords l = engine.prepare(left);
    PreparedRecords r = engine.prepare(right);
    CandidatePairs candidates = engine.blocker().link(l, r).pairs();
    long reachable =
        truth.stream().filter(p -> candidates.contains((int) (p >>> 32), (int) (long) p)).count();
    return new Score(
        name,
        "link",
        left.size() + right.size(),
        truth.size(),
        candidates.size(),
        reachable / (double) truth.size(),
        predicted == 0 ? 0 : tp / (double) predicted,
        tp / (double) truth.size(),
        seconds);
  }

  // ---- Files ---------------------------------------------------------------------------------

  /** A bundled settings file, also written to the work folder for the CLI. */
  private LinkageSettings settings(String resource) throws IOException {
    try (InputStream in = QualityReport.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Path copy = work.resolve(resource);
      Files.writeString(copy, json, StandardCharsets.UTF_8);
      return SettingsReader.read(copy);
    }
  }

  private static List<CSVRecord> readCsv(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setTrim(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }

  private static CSVPrinter printer(Path file, String... header) throws IOException {
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.builder().setHeader(header).get().print(writer);
  }

  private static String capitalise(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
