package org.homeward.audit;

import org.flywaydb.core.api.migration.JavaMigration;

/** The audit feature's Java migrations, for code that runs Flyway outside Spring (tests, tools). */
public final class AuditMigrations {
  private AuditMigrations() {}

  public static JavaMigration chainPreexisting() {
    return new V3_1__ChainPreexistingAuditEvents();
  }
}
