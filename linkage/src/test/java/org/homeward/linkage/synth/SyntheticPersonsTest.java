package org.homeward.linkage.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homeward.linkage.bench.BayesCeiling;
import org.homeward.linkage.bench.ClusterEvaluation;
import org.homeward.linkage.cli.LinkageCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticPersonsTest {

  @TempDir Path dir;

  @Test
  void writesMixedScriptsWithKnownDuplicatesDeterministically() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(new SyntheticPersons().write(2000, 0.25, 5, a)).isEqualTo(1500);
    new SyntheticPersons().write(2000, 0.25, 5, b);
    String input = Files.readString(a.resolve("input.csv"));
    assertThat(input).isEqualTo(Files.readString(b.resolve("input.csv")));
    assertThat(input).containsPattern("\\p{IsCyrillic}").containsPattern("\\p{IsArabic}");
    assertThat(input).contains("~").contains(",passport");
    List<String> truth = Files.readAllLines(a.resolve("truth.csv"));
    assertThat(truth).hasSize(2001).first().isEqualTo("record_id,cluster_id");
    assertThat(truth.stream().skip(1).map(l -> l.split(",")[1]).distinct().count()).isEqualTo(1500);
  }

  @Test
  void theCeilingIsWorkedOutOverTheFilesItWrote() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    SyntheticPersons.Written written = new SyntheticPersons().writeWithCeiling(2000, 0.25, 5, a);
    new SyntheticPersons().write(2000, 0.25, 5, b);
    assertThat(Files.readString(a.resolve("input.csv")))
        .isEqualTo(Files.readString(b.resolve("input.csv")));
    java.util.Map<String, Long> perPerson =
        Files.readAllLines(a.resolve("truth.csv")).stream()
            .skip(1)
            .collect(
                java.util.stream.Collectors.groupingBy(
                    l -> l.split(",")[1], java.util.stream.Collectors.counting()));
    long truePairs = perPerson.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    BayesCeiling.Result result = written.ceiling().score(0.5, 0.9);
    assertThat(result.truePairs()).isEqualTo(truePairs);
    // A stricter threshold finds fewer true pairs and makes fewer mistakes.
    assertThat(result.scores().get(1).recall())
        .isLessThanOrEqualTo(result.scores().get(0).recall());
    assertThat(result.scores().get(1).precision())
        .isGreaterThanOrEqualTo(result.scores().get(0).precision());
  }

  @Test
  void theEngineFindsTheDuplicates() throws Exception {
    assertThat(
            LinkageCommandLine.execute(
                "synth",
                "--records",
                "3000",
                "--duplicate-rate",
                "0.3",
                "--seed",
                "3",
                "--out",
                dir.toString()))
        .isZero();
    Path clusters = dir.resolve("clusters.csv");
    assertThat(
            LinkageCommandLine.execute(
                "dedupe",
                "--quiet",
                "--input",
                dir.resolve("input.csv").toString(),
                "--settings",
                dir.resolve("settings.json").toString(),
                "--out",
                clusters.toString()))
        .isZero();
    ClusterEvaluation result = ClusterEvaluation.evaluate(dir.resolve("truth.csv"), clusters);
    assertThat(result.f1()).isGreaterThan(0.9);
    // The truth against itself is perfect.
    assertThat(ClusterEvaluation.evaluate(dir.resolve("truth.csv"), dir.resolve("truth.csv")).f1())
        .isEqualTo(1.0);
  }
}
