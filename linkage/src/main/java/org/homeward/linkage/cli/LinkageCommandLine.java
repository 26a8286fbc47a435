package org.homeward.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.linkage.DedupeResult;
import org.homeward.linkage.EngineOptions;
import org.homeward.linkage.LinkResult;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.Progress;
import org.homeward.linkage.ScoredPair;
import org.homeward.linkage.bench.BayesCeiling;
import org.homeward.linkage.bench.ClusterEvaluation;
import org.homeward.linkage.blocking.BlockingReport;
import org.homeward.linkage.explain.Explanation;
import org.homeward.linkage.io.CsvDatasetReader;
import org.homeward.linkage.io.Dataset;
import org.homeward.linkage.io.InputException;
import org.homeward.linkage.settings.LinkageSettings;
import org.homeward.linkage.settings.SettingsException;
import org.homeward.linkage.settings.SettingsReader;
import org.homeward.linkage.settings.Thresholds;
import org.homeward.linkage.synth.SyntheticPersons;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./homeward link|dedupe|explain|synth|evaluate}: the linkage engine on CSV files, without
 * the server. Exit codes: 0 done, 1 internal error, 2 bad input (usage, settings or data; the
 * message names the file, line and column).
 */
@Command(
    name = "homeward",
    mixinStandardHelpOptions = true,
    version = "Homeward linkage 0.1.0",
    description = "Record linkage across lists and scripts.",
    subcommands = {
      LinkageCommandLine.Link.class,
      LinkageCommandLine.Dedupe.class,
      LinkageCommandLine.Explain.class,
      LinkageCommandLine.Synth.class,
      LinkageCommandLine.Evaluate.class,
      CommandLine.HelpCommand.class
    })
public final class LinkageCommandLine implements Runnable {

  static final int BAD_INPUT = 2;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (for tests and embedding). */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new LinkageCommandLine());
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof InputException || e instanceof SettingsException) {
            cmd.getErr().println("error: " + e.getMessage());
            return BAD_INPUT;
          }
          throw e;
        });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** Options every subcommand has. */
  static final class Common {
    @Option(
        names = "--settings",
        required = true,
        paramLabel = "S.json",
        description = "Settings: id column and compared fields with their kinds.")
    Path settings;

    @Option(names = "--quiet", description = "No progress or summary on stderr.")
    boolean quiet;

    @Option(
        names = "--threshold",
        paramLabel = "P",
        description = "Match probability threshold (default: 0.9); review from 0.5 or P if lower.")
    Double threshold;

    @Option(
        names = "--matches-per-record",
        paramLabel = "K",
        description =
            "Prior bound for the estimate: at most K matching pairs per record (default: none)."
                + " 0.5 means at most one duplicate per two records.")
    double matchesPerRecord;

    @Option(
        names = "--pairs-per-record",
        paramLabel = "N",
        description =
            "Per blocking rule, at most N candidate pairs per record or 2,000,000 pairs, whichever"
                + " is more, most specific blocks first (default: 10; 0 for no limit).")
    int pairsPerRecord = EngineOptions.DEFAULT_PAIRS_PER_RECORD;

    LinkageEngine engine(LinkageSettings settings) {
      if (!(matchesPerRecord >= 0) || pairsPerRecord < 0) {
        throw new SettingsException("--matches-per-record and --pairs-per-record must be >= 0");
      }
      return new LinkageEngine(
          settings,
          EngineOptions.DEFAULT
              .withMatchesPerRecord(matchesPerRecord)
              .withPairsPerRecord(pairsPerRecord));
    }

    LinkageSettings loadSettings() {
      return SettingsReader.read(settings);
    }

    Thresholds thresholds() {
      if (threshold == null) {
        return Thresholds.DEFAULT;
      }
      if (!(threshold > 0 && threshold <= 1)) {
        throw new SettingsException(
            "--threshold: expected a probability in (0, 1], got " + threshold);
      }
      return Thresholds.DEFAULT.withMatch(threshold);
    }

    Progress progress() {
      return quiet ? Progress.NONE : new ConsoleProgress(System.err, System.console() != null);
    }

    Dataset read(Path file, LinkageSettings linkageSettings) {
      Dataset dataset = CsvDatasetReader.read(file, linkageSettings);
      // Counted and reported, not fatal: the values are treated as missing.
      for (Dataset.ValueIssue issue : dataset.issues()) {
        System.err.println("warning: " + issue.message(dataset.source()));
      }
      return dataset;
    }

    void summary(String text) {
      if (!quiet) {
        System.err.println(text);
      }
    }
  }

  @Command(
      name = "link",
      mixinStandardHelpOptions = true,
      description =
          "Link two lists: writes left_id,right_id,match_probability,decision for every pair"
              + " judged match or review.")
  static final class Link implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--left", required = true, paramLabel = "A.csv", description = "Left list.")
    Path left;

    @Option(names = "--right", required = true, paramLabel = "B.csv", description = "Right list.")
    Path right;

    @Option(names = "--out", required = true, paramLabel = "links.csv", description = "Output CSV.")
    Path out;

    @Override
    public Integer call() throws IOException {
      LinkageSettings settings = common.loadSettings();
      Thresholds thresholds = common.thresholds();
      Dataset a = common.read(left, settings);
      Dataset b = common.read(right, settings);
      LinkResult result = common.engine(settings).link(a, b, thresholds, common.progress());
      try (CSVPrinter csv = printer(out, "left_id", "right_id", "match_probability", "decision")) {
        for (ScoredPair pair : result.pairs()) {
          csv.printRecord(
              a.ids().get(pair.left()),
              b.ids().get(pair.right()),
              probability(pair.probability()),
              pair.decision().label());
        }
      }
      long matches =
          result.pairs().stream().filter(p -> p.decision() == Thresholds.Decision.MATCH).count();
      common.summary(blockingSummary(result.blocking()));
      common.summary(
          String.format(
              "%,d matches and %,d pairs for review written to %s",
              matches, result.pairs().size() - matches, out));
      return 0;
    }
  }

  @Command(
      name = "dedupe",
      mixinStandardHelpOptions = true,
      description = "Find duplicates in one list: writes record_id,cluster_id for every row.")
  static final class Dedupe implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--input", required = true, paramLabel = "A.csv", description = "The list.")
    Path input;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "clusters.csv",
        description = "Output CSV.")
    Path out;

    @Override
    public Integer call() throws IOException {
      LinkageSettings settings = common.loadSettings();
      Thresholds thresholds = common.thresholds();
      Dataset records = common.read(input, settings);
      DedupeResult result = common.engine(settings).dedupe(records, thresholds, common.progress());
      try (CSVPrinter csv = printer(out, "record_id", "cluster_id")) {
        for (int row = 0; row < records.size(); row++) {
          csv.printRecord(records.ids().get(row), result.clusterId(row));
        }
      }
      long clusters = java.util.Arrays.stream(result.clusterOf()).distinct().count();
      common.summary(blockingSummary(result.blocking()));
      common.summary(
          String.format(
              "%,d records in %,d clusters (%,d merges refused as chaining) written to %s",
              records.size(), clusters, result.refusedMerges(), out));
      return 0;
    }
  }

  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      description = "Explain the score of one pair, field by field.")
  static final class Explain implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--left", required = true, paramLabel = "A.csv", description = "Left list.")
    Path left;

    @Option(names = "--right", required = true, paramLabel = "B.csv", description = "Right list.")
    Path right;

    @Option(
        names = "--pair",
        required = true,
        paramLabel = "LEFT_ID,RIGHT_ID",
        description = "The ids of the two records.")
    String pair;

    @Override
    public Integer call() {
      int comma = pair.indexOf(',');
      if (comma <= 0 || comma == pair.length() - 1) {
        throw new InputException("--pair: expected LEFT_ID,RIGHT_ID, got \"" + pair + "\"");
      }
      LinkageSettings settings = common.loadSettings();
      Thresholds thresholds = common.thresholds();
      Dataset a = common.read(left, settings);
      Dataset b =
          left.toAbsolutePath().normalize().equals(right.toAbsolutePath().normalize())
              ? a
              : common.read(right, settings);
      Explanation explanation =
          common
              .engine(settings)
              .explain(
                  a,
                  b,
                  pair.substring(0, comma).trim(),
                  pair.substring(comma + 1).trim(),
                  thresholds,
                  common.progress());
      System.out.print(explanation.text());
      return 0;
    }
  }

  @Command(
      name = "synth",
      mixinStandardHelpOptions = true,
      description =
          "Write a synthetic person list in mixed scripts with known duplicates: input.csv,"
              + " settings.json and truth.csv (record_id,cluster_id).")
  static final class Synth implements Callable<Integer> {
    @Option(names = "--records", required = true, paramLabel = "N", description = "Rows.")
    int records;

    @Option(
        names = "--duplicate-rate",
        required = true,
        paramLabel = "R",
        description = "Share of rows that repeat a person already listed, in [0, 1).")
    double duplicateRate;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(
        names = "--ceiling",
        description =
            "Also print how well any method could deduplicate this list: an oracle that reads"
                + " every name perfectly and knows the generator's distributions (see"
                + " BENCHMARKS.md).")
    boolean ceiling;

    @Override
    public Integer call() throws IOException {
      if (records < 1 || !(duplicateRate >= 0 && duplicateRate < 1)) {
        throw new InputException(
            "--records must be at least 1 and --duplicate-rate in [0, 1), got %d and %s"
                .formatted(records, duplicateRate));
      }
      SyntheticPersons generator = new SyntheticPersons();
      if (!ceiling) {
        int persons = generator.write(records, duplicateRate, seed, out);
        System.err.printf("%,d records of %,d persons written to %s%n", records, persons, out);
        return 0;
      }
      SyntheticPersons.Written written =
          generator.writeWithCeiling(records, duplicateRate, seed, out);
      System.err.printf(
          "%,d records of %,d persons written to %s%n", records, written.persons(), out);
      BayesCeiling.Result result = written.ceiling().score(0.5, 0.9);
      System.out.printf("Ceiling (names read perfectly), %,d true pairs:%n", result.truePairs());
      for (BayesCeiling.Score score : result.scores()) {
        System.out.printf(
            "  posterior >= %.1f: precision %.4f  recall %.4f  F1 %.4f%n",
            score.threshold(), score.precision(), score.recall(), score.f1());
      }
      return 0;
    }
  }

  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description =
          "Pairwise precision, recall and F1 of clusters (record_id,cluster_id) against the truth.")
  static final class Evaluate implements Callable<Integer> {
    @Option(names = "--truth", required = true, paramLabel = "truth.csv", description = "Truth.")
    Path truth;

    @Option(
        names = "--clusters",
        required = true,
        paramLabel = "clusters.csv",
        description = "What dedupe wrote.")
    Path clusters;

    @Override
    public Integer call() throws IOException {
      System.out.println(ClusterEvaluation.evaluate(truth, clusters).summary());
      return 0;
    }
  }

  private static String probability(double p) {
    return String.format(Locale.ROOT, "%.6f", p);
  }

  private static String blockingSummary(BlockingReport report) {
    StringBuilder out =
        new StringBuilder(String.format("%,d candidate pairs compared", report.candidates()));
    for (BlockingReport.RuleCount rule : report.rules()) {
      out.append(String.format("%n  %-36s %,12d pairs", rule.rule(), rule.pairs()));
      if (rule.skippedBlocks() > 0) {
        out.append(
            String.format(
                " (%,d blocks over %,d pairs skipped)",
                rule.skippedBlocks(), report.maxBlockPairs()));
      }
    }
    return out.toString();
  }

  private static CSVPrinter printer(Path out, String... header) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new InputException(out + ": the folder " + parent + " does not exist");
    }
    Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.builder().setHeader(header).get().print(writer);
  }

  /** For tests: where messages go. */
  static PrintStream err() {
    return System.err;
  }
}
