package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database that already has audit events from before the chain (with gaps in their identity
 * numbers, as rollbacks leave) is chained by migration 3.1 and verifies as intact.
 */
class PreexistingEventsMigrationTest {

  @Test
  void oldEventsAreRenumberedAndChained() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:preexisting-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .target("2")
        .load()
        .migrate();
    JdbcClient jdbc = JdbcClient.create(ds);
    for (long seq : new long[] {3, 4, 9}) {
      jdbc.sql(
              "INSERT INTO audit_event (id, seq, occurred_at, actor, action, target_type,"
                  + " target_id, details) VALUES (:id, :seq, :at, 'old-user', 'PERSON_UPDATED',"
                  + " 'Person', 'p', :details)")
          .param("id", UUID.randomUUID())
          .param("seq", seq)
          .param("at", OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC))
          .param("details", "old=" + seq)
          .update();
    }

    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .javaMigrations(new V3_1__ChainPreexistingAuditEvents())
        .load()
        .migrate();

    AuditEventRows rows = new AuditEventRows(jdbc);
    AuditChainVerifier verifier = new AuditChainVerifier(rows.head());
    rows.forEachInOrder(verifier::accept);
    assertThat(verifier.verdict().line()).isEqualTo("intact, 3 events");
    assertThat(
            jdbc.sql("SELECT details FROM audit_event WHERE seq = 3").query(String.class).single())
        .isEqualTo("old=9");
  }
}
