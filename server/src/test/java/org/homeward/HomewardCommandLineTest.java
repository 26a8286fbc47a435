package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HomewardCommandLineTest {
  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new HomewardCommandLine());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    cli.execute(args);
    return out.toString();
  }

  @Test
  void helpListsTheSubcommands() {
    assertThat(run("--help")).contains("serve", "demo", "bench");
  }

  @Test
  void serveHelpListsItsOptions() {
    assertThat(run("serve", "--help")).contains("--port", "--data", "--demo");
  }

  @Test
  void unknownOptionIsNamed() {
    assertThat(run("serve", "--prot", "8080")).contains("Unknown option").contains("'--prot'");
  }
}
