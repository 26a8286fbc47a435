package org.homeward.audit;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.homeward.HomewardApplication;
import org.homeward.HomewardCommandLine;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./homeward audit ...}: work on the audit trail from the command line. */
@Command(
    name = "audit",
    description = "Work on the audit trail.",
    subcommands = {AuditCommand.Verify.class, CommandLine.HelpCommand.class})
public class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Exit 0 when the chain is intact, 1 when it was tampered with. */
  @Command(
      name = "verify",
      description =
          "Recompute the audit trail's hash chain; print 'intact, N events' (exit 0) or the first"
              + " altered, deleted or inserted event (exit 1).")
  static class Verify implements Callable<Integer> {
    @Mixin HomewardCommandLine.DatabaseOptions database;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context =
          HomewardApplication.start(false, database.properties().toArray(String[]::new))) {
        AuditChain.Verification result = context.getBean(AuditChain.class).verify();
        PrintWriter out = spec.commandLine().getOut();
        out.println(result.verdict().line());
        // Noting this hash somewhere else lets a later check prove nothing was cut off the end.
        out.println("last hash: " + result.lastHash());
        out.flush();
        return result.verdict().intact() ? 0 : 1;
      }
    }
  }
}
