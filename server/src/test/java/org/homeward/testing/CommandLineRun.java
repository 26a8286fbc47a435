package org.homeward.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.homeward.HomewardCommandLine;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import picocli.CommandLine;

/**
 * Runs {@code ./homeward} subcommands in the test's JVM against the test's own database: the
 * command starts its own (non-web) application, pointed at the URL the test's pool opened.
 */
public final class CommandLineRun {
  private CommandLineRun() {}

  /** What a command printed (standard output and error together) and its exit code. */
  public record Result(int exitCode, String output) {}

  /** Points commands started from now on at the test's database (its URL holds a random name). */
  public static void pointAt(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      System.setProperty("spring.datasource.url", c.getMetaData().getURL());
    }
  }

  public static void forget() {
    System.clearProperty("spring.datasource.url");
  }

  /**
   * Points commands at the test's database before each test and forgets it after:
   * {@code @ExtendWith(CommandLineRun.OnTestDatabase.class)} on a Spring test class.
   */
  public static final class OnTestDatabase implements BeforeEachCallback, AfterEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
      pointAt(SpringExtension.getApplicationContext(context).getBean(DataSource.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
      forget();
    }
  }

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new HomewardCommandLine());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    int code = cli.execute(args);
    return new Result(code, out.toString());
  }
}
