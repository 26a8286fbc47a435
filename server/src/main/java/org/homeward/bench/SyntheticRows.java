package org.homeward.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Person rows for measuring aggregates at a scale the demo loader would take too long to reach:
 * generated in one SQL statement on PostgreSQL, with the columns statistics read (sex, birth date,
 * nationalities, facility, custody status) spread like the demo caseload's. Not for any other use.
 */
final class SyntheticRows {
  private SyntheticRows() {}

  static void fill(JdbcClient jdbc, long target) {
    long have = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
    if (have >= target) {
      return;
    }
    String product =
        jdbc.sql("SELECT 1").query((rs, n) -> rs.getMetaData()).single().getClass().getName();
    if (!jdbc.sql("SELECT version()").query(String.class).single().startsWith("PostgreSQL")) {
      throw new IllegalStateException(
          "--synthesize needs PostgreSQL (HOMEWARD_DB_URL), not " + product);
    }
    System.out.printf("Adding %d synthetic persons by SQL...%n", target - have);
    jdbc.sql(
            "INSERT INTO person (id, version, display_name, sex, birth_date, birth_precision,"
                + " birth_earliest, birth_latest, facility_id, custody_status, vulnerabilities,"
                + " created_at, created_by, updated_at, updated_by, nationality_codes, shared)"
                + " SELECT gen_random_uuid(), 1, 'synthetic ' || g,"
                + " CASE WHEN g % 10 < 6 THEN 'FEMALE' WHEN g % 10 < 9 THEN 'MALE' ELSE 'UNKNOWN'"
                + " END, d, 'YEAR', d, d,"
                + " CASE WHEN cardinality(f.ids) = 0 THEN NULL ELSE f.ids[1 + g %"
                + " cardinality(f.ids)] END,"
                + " CASE WHEN g % 50 = 0 THEN 'REPATRIATED' WHEN g % 97 = 0 THEN 'MISSING' ELSE"
                + " 'HELD' END, '', now(), 'bench', now(), 'bench',"
                + " ',' || (ARRAY['TJK','KAZ','UZB','KGZ','RUS','IRQ','FRA','DEU','TUR','AZE'])[1 +"
                + " (g * 7919) % 10] || ',', FALSE"
                + " FROM (SELECT g, CASE WHEN g % 17 = 0 THEN NULL ELSE (DATE '2026-01-01' -"
                + " ((g * 104729) % (65 * 365)) * INTERVAL '1 day')::date END AS d FROM"
                + " generate_series(:from, :to) g) s,"
                + " (SELECT ARRAY(SELECT id FROM facility ORDER BY name) AS ids) f")
        .param("from", have + 1)
        .param("to", target)
        .update();
  }
}
