package org.homeward.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger (migration db/vendor/h2/V4) that refuses every UPDATE and DELETE on audit_event: on
 * the embedded database the trail is append-only the same way as on PostgreSQL.
 */
public class AppendOnlyTrigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
        "42501");
  }
}
