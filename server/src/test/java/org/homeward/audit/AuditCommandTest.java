package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.testing.CommandLineRun.run;

import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.homeward.testing.CommandLineRun;
import org.homeward.testing.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code homeward audit verify} end to end: the command starts its own (non-web) application on the
 * same database as this test's, so a row tampered with here is what the command reports.
 */
@HomewardIntegrationTest
@ExtendWith(CommandLineRun.OnTestDatabase.class)
class AuditCommandTest {
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail trail;
  @Autowired AuditEventRows rows;
  @TempDir Path data;

  @Test
  void helpListsVerify() {
    assertThat(run("audit", "--help").output()).contains("verify");
    assertThat(run("--help").output()).contains("audit");
  }

  @Test
  void reportsAnIntactChainAndThenTheAlteredEvent() {
    trail.record("COMMAND_TEST", "Person", UUID.randomUUID(), "fields=all");
    long count = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();

    CommandLineRun.Result intact = run("audit", "verify", "--data", data.toString());
    assertThat(intact.output()).contains("intact, " + count + " events");
    assertThat(intact.exitCode()).isZero();

    AuditEvent last =
        rows.page(new AuditFilter(null, "COMMAND_TEST", null, null, null), null, 1).get(0);
    Tampering tampering = new Tampering(jdbc, dataSource);
    String sql = "UPDATE audit_event SET details = ? WHERE seq = ?";
    tampering.unguarded(() -> tampering.execute(sql, "fields=none", last.seq()));
    try {
      CommandLineRun.Result altered = run("audit", "verify", "--data", data.toString());
      assertThat(altered.output()).contains("altered: event seq " + last.seq() + " (");
      assertThat(altered.exitCode()).isEqualTo(1);
    } finally {
      tampering.unguarded(() -> tampering.execute(sql, last.details(), last.seq()));
    }
  }
}
