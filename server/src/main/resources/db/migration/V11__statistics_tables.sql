-- Saved and published tables: the query, when and on which data version it was computed, and
-- the table exactly as it was handed out, so that it can be recomputed and compared.
CREATE TABLE statistics_table (
  id           UUID PRIMARY KEY,
  title        VARCHAR(300) NOT NULL,
  query_text   VARCHAR(1000) NOT NULL,
  query_json   VARCHAR(2000) NOT NULL,
  public_table BOOLEAN NOT NULL,
  computed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  data_version BIGINT NOT NULL,
  result_json  VARCHAR(1000000) NOT NULL,
  saved_by     VARCHAR(100) NOT NULL,
  agency_id    UUID
);
CREATE INDEX statistics_table_computed_idx ON statistics_table (computed_at);
