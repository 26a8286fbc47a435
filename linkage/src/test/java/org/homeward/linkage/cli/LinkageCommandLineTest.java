package org.homeward.linkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageCommandLineTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private Path settings() throws Exception {
    return write(
        "s.json",
        "{\"id\": \"id\", \"fields\": [{\"column\": \"name\", \"kind\": \"full_name\"},"
            + " {\"column\": \"dob\", \"kind\": \"birth_date\", \"format\": \"yyyy[-MM[-dd]]\"}]}");
  }

  private static final String LEFT =
      """
      id,name,dob
      L1,Madina Rakhimova,1990-03-02
      L2,Ivan Petrov,1975-11-20
      L3,Zarina Yusupova,2001
      L4,Farrukh Karimov,1988-07-01
      L5,Olga Smirnova,1969-01-15
      """;

  private static final String RIGHT =
      """
      id,name,dob
      R1,Рахимова Мадина,1990-03-02
      R2,Юсупова Зарина,2001-05-05
      R3,Aziz Nazarov,1950-01-01
      R4,Каримов Фаррух,1988-07-01
      R5,Светлана Орлова,1990-12-30
      """;

  @Test
  void linkWritesTheContractHeaderAndMatchedPairs() throws Exception {
    Path links = dir.resolve("links.csv");
    int code =
        LinkageCommandLine.execute(
            "link",
            "--left",
            write("a.csv", LEFT).toString(),
            "--right",
            write("b.csv", RIGHT).toString(),
            "--settings",
            settings().toString(),
            "--out",
            links.toString(),
            "--quiet");
    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(links);
    assertThat(lines.get(0)).isEqualTo("left_id,right_id,match_probability,decision");
    assertThat(lines).anyMatch(l -> l.startsWith("L1,R1,") && l.endsWith(",match"));
    assertThat(lines).noneMatch(l -> l.startsWith("L2,"));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void dedupeWritesEveryRow() throws Exception {
    Path clusters = dir.resolve("clusters.csv");
    int code =
        LinkageCommandLine.execute(
            "dedupe",
            "--input",
            write("a.csv", LEFT).toString(),
            "--settings",
            settings().toString(),
            "--out",
            clusters.toString(),
            "--quiet");
    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(clusters);
    assertThat(lines).first().isEqualTo("record_id,cluster_id");
    assertThat(lines).hasSize(6);
  }

  @Test
  void explainPrintsEachFieldInWords() throws Exception {
    int code =
        LinkageCommandLine.execute(
            "explain",
            "--left",
            write("a.csv", LEFT).toString(),
            "--right",
            write("b.csv", RIGHT).toString(),
            "--settings",
            settings().toString(),
            "--pair",
            "L3,R2",
            "--quiet");
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("L3 and R2")
        .contains("dob: the same year, as far as both are known (one is year-only) (+")
        .contains("name: ");
  }

  @Test
  void badInputExitsWithTwoAndNamesFileLineAndColumn() throws Exception {
    Path bad = write("bad.csv", "id,name,dob\nL1,A B,1990\nL1,C D,1991\n");
    int code =
        LinkageCommandLine.execute(
            "dedupe",
            "--input",
            bad.toString(),
            "--settings",
            settings().toString(),
            "--out",
            dir.resolve("o.csv").toString(),
            "--quiet");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("bad.csv: line 3, column id: duplicate id")
        .doesNotContain("Exception");
  }

  @Test
  void evaluateOfAMissingFileExitsWithTwoAndNamesIt() throws Exception {
    Path truth = write("truth.csv", "record_id,cluster_id\nA,1\n");
    Path missing = dir.resolve("clusters.csv");
    int code =
        LinkageCommandLine.execute(
            "evaluate", "--truth", truth.toString(), "--clusters", missing.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains(missing + ": no such file").doesNotContain("Exception");
  }

  @Test
  void unknownKindExitsWithTwo() throws Exception {
    Path s =
        write(
            "bad.json",
            "{\"id\": \"id\", \"fields\": [{\"column\": \"name\", \"kind\": \"nom\"}]}");
    int code =
        LinkageCommandLine.execute(
            "dedupe",
            "--input",
            write("a.csv", LEFT).toString(),
            "--settings",
            s.toString(),
            "--out",
            dir.resolve("o.csv").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("bad.json: fields[0]: unknown kind \"nom\"");
  }

  @Test
  void unparseableDatesAreReportedButNotFatal() throws Exception {
    Path a =
        write("dates.csv", "id,name,dob\nL1,Madina Rakhimova,02.03.1990\nL2,Ivan Petrov,1975\n");
    int code =
        LinkageCommandLine.execute(
            "dedupe",
            "--input",
            a.toString(),
            "--settings",
            settings().toString(),
            "--out",
            dir.resolve("o.csv").toString(),
            "--quiet");
    assertThat(code).isZero();
    assertThat(err.toString())
        .contains("dates.csv: column dob: 1 value did not fit")
        .contains("line 2");
  }
}
