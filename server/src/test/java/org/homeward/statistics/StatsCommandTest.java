package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.testing.CommandLineRun.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.access.Role;
import org.homeward.testing.ApiClient;
import org.homeward.testing.CommandLineRun;
import org.homeward.testing.HomewardIntegrationTest;
import org.homeward.testing.People;
import org.homeward.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * {@code ./homeward stats} on the same database as the test: the public table hides small cells,
 * and no row or column of it has a single hidden cell that its total would give back.
 */
@HomewardIntegrationTest
@ExtendWith(CommandLineRun.OnTestDatabase.class)
class StatsCommandTest {
  @Autowired ApplicationContext context;
  @TempDir Path data;

  @Test
  void publicTableByNationalityAndAgeBandHidesSmallCellsAndItsMarginsDoNotRevealThem() {
    TestAccounts accounts = TestAccounts.of(context);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    ApiClient registrar =
        accounts.client(
            accounts.user(
                "cli-reg-" + suffix,
                Role.REGISTRAR,
                "CLI ministry " + suffix,
                "GOVERNMENT",
                "BTN"));
    for (int i = 0; i < 11; i++) {
      registrar.post(
          "/api/v1/persons",
          People.person("Adult " + i + " " + suffix)
              .born("1980", "YEAR")
              .nationality("BTN")
              .body());
    }
    registrar.post(
        "/api/v1/persons", People.person("Child " + suffix).aged(3).nationality("BTN").body());

    CommandLineRun.Result run =
        run("stats", "--by", "nationality,age-band", "--public", "--data", data.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    List<List<String>> grid = new ArrayList<>();
    for (String line : run.output().split("\n")) {
      if (line.isBlank()) {
        break;
      }
      grid.add(List.of(line.strip().split("\\s{2,}")));
    }
    assertThat(grid.get(0).get(0)).isEqualTo("nationality \\ age-band");
    List<String> bhutan =
        grid.stream().filter(r -> r.get(0).startsWith("BTN")).findFirst().orElseThrow();
    assertThat(bhutan.get(grid.get(0).indexOf("0-4"))).isEqualTo("x");
    for (List<String> row : grid.subList(1, grid.size())) {
      assertThat(row.stream().filter("x"::equals).count()).as("row %s", row).isNotEqualTo(1);
    }
    for (int c = 1; c < grid.get(0).size(); c++) {
      int column = c;
      long hidden =
          grid.subList(1, grid.size()).stream().filter(r -> r.get(column).equals("x")).count();
      assertThat(hidden).as("column %s", grid.get(0).get(c)).isNotEqualTo(1);
    }
    assertThat(run.output())
        .contains("x = suppressed")
        .contains("Query: --by nationality,age-band --public --threshold 10");
  }

  @Test
  void csvAndJsonFormatsAndClearErrors() {
    CommandLineRun.Result csv =
        run("stats", "--by", "sex", "--format", "csv", "--data", data.toString());
    CommandLineRun.Result unknown = run("stats", "--by", "height", "--data", data.toString());
    CommandLineRun.Result json =
        run("stats", "--by", "sex", "--format", "json", "--data", data.toString());
    CommandLineRun.Result zero =
        run("stats", "--by", "sex", "--public", "--threshold", "0", "--data", data.toString());

    assertThat(csv.exitCode()).isZero();
    assertThat(csv.output()).startsWith("sex,count,status");
    assertThat(json.exitCode()).isZero();
    assertThat(
            org.homeward.testing.ApiClient.parse(json.output()).get("dimensions").get(0).asString())
        .isEqualTo("sex");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.output())
        .contains("--by: expected known dimensions only")
        .contains("'height'");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.output()).contains("--threshold");
  }
}
