package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.homeward.audit.AuditMigrations;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Persons registered before migration 6 get their scope columns filled by migration 6.1. */
class ScopeColumnsMigrationTest {

  @Test
  void existingPersonsGetTheirNationalitiesAndSharesIntoTheScopeColumns() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:scope-columns-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    flyway(ds).target("5").load().migrate();
    JdbcClient jdbc = JdbcClient.create(ds);
    UUID dual = person(jdbc, "TJK", "KAZ");
    UUID none = person(jdbc);
    UUID agency = UUID.randomUUID();
    jdbc.sql("INSERT INTO agency (id, name, kind, created_at) VALUES (:id, 'A', 'GOVERNMENT', :at)")
        .param("id", agency)
        .param("at", OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    jdbc.sql(
            "INSERT INTO person_share (id, person_id, agency_id, reason, shared_by, shared_at)"
                + " VALUES (:id, :p, :a, 'why', 'u', :at)")
        .param("id", UUID.randomUUID())
        .param("p", dual)
        .param("a", agency)
        .param("at", OffsetDateTime.now(ZoneOffset.UTC))
        .update();

    flyway(ds).load().migrate();

    assertThat(codes(jdbc, dual)).isEqualTo(",KAZ,TJK,");
    assertThat(codes(jdbc, none)).isEqualTo(",");
    assertThat(
            jdbc.sql("SELECT shared FROM person WHERE id = :id")
                .param("id", dual)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(JdbcDataSource ds) {
    return Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .javaMigrations(AuditMigrations.chainPreexisting(), new V6_1__FillPersonScopeColumns());
  }

  private static UUID person(JdbcClient jdbc, String... nationalities) {
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql(
            "INSERT INTO person (id, version, display_name, sex, custody_status, vulnerabilities,"
                + " created_at, created_by, updated_at, updated_by) VALUES (:id, 1, 'x', 'FEMALE',"
                + " 'HELD', '', :at, 'u', :at, 'u')")
        .param("id", id)
        .param("at", now)
        .update();
    for (String n : nationalities) {
      jdbc.sql(
              "INSERT INTO person_nationality (person_id, country_code, status)"
                  + " VALUES (:id, :c, 'CLAIMED')")
          .param("id", id)
          .param("c", n)
          .update();
    }
    return id;
  }

  private static String codes(JdbcClient jdbc, UUID id) {
    return jdbc.sql("SELECT nationality_codes FROM person WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }
}
