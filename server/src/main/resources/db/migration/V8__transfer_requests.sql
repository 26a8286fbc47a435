-- A state asks for named persons ("at the demand of the Kazakh authorities").
CREATE TABLE transfer_request (
  id                  UUID PRIMARY KEY,
  requesting_agency   UUID NOT NULL REFERENCES agency (id),
  requesting_state    CHAR(3),
  reason              VARCHAR(2000) NOT NULL,
  status              VARCHAR(20) NOT NULL,
  requested_by        VARCHAR(100) NOT NULL,
  requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by          VARCHAR(100),
  decided_at          TIMESTAMP WITH TIME ZONE,
  decision_reason     VARCHAR(2000)
);

CREATE TABLE transfer_request_person (
  request_id UUID NOT NULL REFERENCES transfer_request (id),
  person_id  UUID NOT NULL REFERENCES person (id),
  PRIMARY KEY (request_id, person_id)
);
CREATE INDEX transfer_request_person_idx ON transfer_request_person (person_id);
