-- An operation: one movement of people home, and its manifest.
CREATE TABLE operation (
  id               UUID PRIMARY KEY,
  name             VARCHAR(300) NOT NULL,
  planned_date     DATE NOT NULL,
  handover_point   VARCHAR(300) NOT NULL,
  receiving_states VARCHAR(200) NOT NULL,
  capacity         INTEGER NOT NULL,
  status           VARCHAR(20) NOT NULL,
  created_by       VARCHAR(100) NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE manifest_entry (
  operation_id     UUID NOT NULL REFERENCES operation (id),
  person_id        UUID NOT NULL REFERENCES person (id),
  exception_reason VARCHAR(1000),
  added_by         VARCHAR(100) NOT NULL,
  added_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (operation_id, person_id)
);

-- A person is on at most one active manifest: two coordinators adding the same person at once
-- cannot both succeed, whichever database runs this.
CREATE TABLE active_manifest_person (
  person_id    UUID PRIMARY KEY REFERENCES person (id),
  operation_id UUID NOT NULL REFERENCES operation (id)
);
