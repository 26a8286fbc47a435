package org.homeward.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/**
 * Counts the persons in the embedded database with plain JDBC, without starting Spring, so that the
 * start-up measured afterwards is not helped by an earlier context in the same JVM.
 */
final class CaseloadCount {
  private CaseloadCount() {}

  /** Empty when another database is configured (HOMEWARD_DB_URL) and Spring must be asked. */
  static OptionalLong embedded(Path dataDir) {
    if (System.getenv("HOMEWARD_DB_URL") != null) {
      return OptionalLong.empty();
    }
    if (!Files.exists(dataDir.resolve("homeward.mv.db"))) {
      return OptionalLong.of(0);
    }
    String user = System.getenv().getOrDefault("HOMEWARD_DB_USER", "sa");
    String password = System.getenv().getOrDefault("HOMEWARD_DB_PASSWORD", "");
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/homeward", user, password);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM person")) {
      rs.next();
      return OptionalLong.of(rs.getLong(1));
    } catch (SQLException e) {
      return OptionalLong.of(0); // no schema yet: the loading context will create it
    }
  }
}
