package org.homeward.statistics;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.homeward.HomewardApplication;
import org.homeward.HomewardCommandLine;
import org.homeward.common.InvalidInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./homeward stats}: an aggregate table from the same database {@code serve} uses. It runs
 * with the rights of whoever runs the server (the whole caseload); {@code --public} applies the
 * same disclosure control as the API.
 */
@Command(
    name = "stats",
    description = "Print an aggregate table, e.g. --by nationality,age-band --public")
public class StatsCommand implements Callable<Integer> {
  @Mixin HomewardCommandLine.DatabaseOptions database;
  @Spec CommandSpec spec;

  @Option(
      names = "--by",
      required = true,
      paramLabel = "DIMS",
      description =
          "1 to 4 of: nationality, sex, age-band, facility, facility-type, custody-status,"
              + " case-stage, repatriation-month, receiving-state")
  String by;

  @Option(names = "--public", description = "Suppress small cells for publication.")
  boolean publicRelease;

  @Option(
      names = "--threshold",
      paramLabel = "N",
      description = "Smallest count published with --public (default: 10).")
  Integer threshold;

  @Option(names = "--round", paramLabel = "N", description = "Round counts to a multiple of N.")
  Integer round;

  @Option(names = "--from", paramLabel = "yyyy-MM", description = "First month of repatriation.")
  String from;

  @Option(names = "--to", paramLabel = "yyyy-MM", description = "Last month of repatriation.")
  String to;

  @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "Day ages are counted on.")
  String asOf;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json")
  String format = "table";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!java.util.List.of("table", "csv", "json").contains(format)) {
      err.println("--format: expected table, csv or json, not '" + format + "'");
      return 2;
    }
    try (ConfigurableApplicationContext context =
        HomewardApplication.start(false, database.properties().toArray(String[]::new))) {
      Statistics statistics = context.getBean(Statistics.class);
      StatisticsTable table;
      try {
        table =
            statistics.compute(
                StatisticsQuery.parse(
                    by, publicRelease, threshold, round, from, to, asOf, statistics.today()));
      } catch (InvalidInputException e) {
        e.errors().forEach(x -> err.println("--" + x.field() + ": expected " + x.expected()));
        err.flush();
        return 2;
      }
      out.print(
          switch (format) {
            case "csv" -> TableExports.csv(table);
            case "json" ->
                JsonMapper.builder()
                        .findAndAddModules()
                        .build()
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(table)
                    + "\n";
            default -> TableText.render(table);
          });
      out.flush();
      return 0;
    }
  }
}
