-- Executing an operation: who actually left, and the handovers in which custody passed.
ALTER TABLE operation ADD COLUMN executed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE operation ADD COLUMN executed_by VARCHAR(100);

-- DEPARTED, or why the person did not leave (ABSENT, ILL, REFUSED, OTHER); null until executed.
ALTER TABLE manifest_entry ADD COLUMN outcome VARCHAR(20);
ALTER TABLE manifest_entry ADD COLUMN outcome_note VARCHAR(1000);

CREATE TABLE handover (
  id              UUID PRIMARY KEY,
  operation_id    UUID NOT NULL REFERENCES operation (id),
  receiving_state CHAR(3) NOT NULL,
  -- true when the receiving state is a third state that requested the persons
  third_state     BOOLEAN NOT NULL,
  from_authority  VARCHAR(300) NOT NULL,
  to_authority    VARCHAR(300) NOT NULL,
  place           VARCHAR(300) NOT NULL,
  handed_over_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by     VARCHAR(100) NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX handover_operation_idx ON handover (operation_id);

-- The officials who signed, on the handing (FROM) and the receiving (TO) side, in signing order.
CREATE TABLE handover_official (
  handover_id UUID NOT NULL REFERENCES handover (id),
  side        VARCHAR(4) NOT NULL,
  position    INTEGER NOT NULL,
  name        VARCHAR(300) NOT NULL,
  PRIMARY KEY (handover_id, side, position)
);

CREATE TABLE handover_person (
  handover_id UUID NOT NULL REFERENCES handover (id),
  person_id   UUID NOT NULL REFERENCES person (id),
  PRIMARY KEY (handover_id, person_id)
);
CREATE INDEX handover_person_idx ON handover_person (person_id);
