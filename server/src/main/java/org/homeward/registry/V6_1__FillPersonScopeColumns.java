package org.homeward.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 6.1: fills the scope columns V6 added, for persons registered before. In Java
 * because the SQL to join strings differs between H2 and PostgreSQL.
 */
@Component
class V6_1__FillPersonScopeColumns extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    Map<UUID, List<String>> nationalities = new LinkedHashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT person_id, country_code FROM person_nationality ORDER BY person_id, country_code");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        nationalities
            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
            .add(rs.getString(2));
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE person SET nationality_codes = ? WHERE id = ?")) {
      for (Map.Entry<UUID, List<String>> e : nationalities.entrySet()) {
        update.setString(1, PersonRepository.nationalityCodes(e.getValue()));
        update.setObject(2, e.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
    try (PreparedStatement shared =
        connection.prepareStatement(
            "UPDATE person SET shared = TRUE WHERE id IN (SELECT person_id FROM person_share)")) {
      shared.executeUpdate();
    }
  }
}
