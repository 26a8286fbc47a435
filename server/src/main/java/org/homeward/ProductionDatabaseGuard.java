package org.homeward;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Refuses to start a production deployment on the embedded H2 database, which does not promise
 * durability on power loss. Checked before any bean exists, so nothing is opened or migrated.
 */
class ProductionDatabaseGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    check(event.getEnvironment());
  }

  static void check(Environment env) {
    boolean production = env.getProperty("homeward.production", Boolean.class, false);
    String url = env.getProperty("spring.datasource.url", "");
    if (production && url.startsWith("jdbc:h2:")) {
      throw new IllegalStateException(
          "HOMEWARD_PRODUCTION is set but the database is the embedded H2 demo database."
              + " Set HOMEWARD_DB_URL, HOMEWARD_DB_USER and HOMEWARD_DB_PASSWORD to a PostgreSQL"
              + " database.");
    }
  }
}
