package org.homeward.audit;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Goes behind the application's back, as an intruder with database access would: switches the
 * append-only trigger off for the duration of one change, and back on whatever happens.
 */
final class Tampering {
  private final JdbcClient jdbc;
  private final boolean postgres;

  Tampering(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    try (Connection c = dataSource.getConnection()) {
      this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void unguarded(Runnable change) {
    jdbc.sql(
            postgres
                ? "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only"
                : "DROP TRIGGER audit_event_append_only")
        .update();
    try {
      change.run();
    } finally {
      jdbc.sql(
              postgres
                  ? "ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only"
                  : "CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event"
                      + " FOR EACH ROW CALL 'org.homeward.audit.AppendOnlyTrigger'")
          .update();
    }
  }

  int execute(String sql, Object... params) {
    JdbcClient.StatementSpec spec = jdbc.sql(sql);
    for (Object p : params) {
      spec = spec.param(p);
    }
    return spec.update();
  }
}
