-- The repatriation case of one person: its stage and every transition, by whom and why.
CREATE TABLE repatriation_case (
  id          UUID PRIMARY KEY,
  person_id   UUID NOT NULL REFERENCES person (id),
  stage       VARCHAR(30) NOT NULL,
  held_from   VARCHAR(30),
  proposed_by VARCHAR(100),
  version     INTEGER NOT NULL,
  opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  opened_by   VARCHAR(100) NOT NULL,
  CONSTRAINT repatriation_case_person_unique UNIQUE (person_id)
);

CREATE TABLE case_transition (
  id            UUID PRIMARY KEY,
  case_id       UUID NOT NULL REFERENCES repatriation_case (id),
  position      INTEGER NOT NULL,
  from_stage    VARCHAR(30),
  to_stage      VARCHAR(30) NOT NULL,
  action        VARCHAR(30) NOT NULL,
  actor         VARCHAR(100) NOT NULL,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  reason        VARCHAR(2000) NOT NULL,
  evidence_kind VARCHAR(30),
  evidence_ref  VARCHAR(300),
  CONSTRAINT case_transition_position_unique UNIQUE (case_id, position)
);
