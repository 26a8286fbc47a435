-- Who may see what: users belong to an agency; persons are scoped by state, custodian and shares.

ALTER TABLE app_user ADD COLUMN agency_id UUID REFERENCES agency (id);
ALTER TABLE app_user ADD COLUMN failed_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;

CREATE TABLE api_token (
  id           UUID PRIMARY KEY,
  user_id      UUID NOT NULL REFERENCES app_user (id),
  name         VARCHAR(100) NOT NULL,
  token_hash   CHAR(64) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);

-- The state a person was handed to, when their custody status is HANDED_TO_THIRD_STATE.
ALTER TABLE person ADD COLUMN handed_to_state CHAR(3);
CREATE INDEX person_handed_to_idx ON person (handed_to_state);

-- An explicit share of one person's record with an agency outside its usual scope.
CREATE TABLE person_share (
  id         UUID PRIMARY KEY,
  person_id  UUID NOT NULL REFERENCES person (id),
  agency_id  UUID NOT NULL REFERENCES agency (id),
  reason     VARCHAR(1000) NOT NULL,
  shared_by  VARCHAR(100) NOT NULL,
  shared_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE,
  revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX person_share_agency_idx ON person_share (agency_id, person_id);
CREATE INDEX person_share_person_idx ON person_share (person_id);

-- Vetting outcome: readable only by vetting officers of the person's own state(s).
CREATE TABLE person_vetting (
  person_id   UUID PRIMARY KEY REFERENCES person (id),
  outcome     VARCHAR(20) NOT NULL,
  remarks     VARCHAR(4000),
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE person_note (
  id         UUID PRIMARY KEY,
  person_id  UUID NOT NULL REFERENCES person (id),
  text       VARCHAR(4000) NOT NULL,
  written_by VARCHAR(100) NOT NULL,
  written_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX person_note_person_idx ON person_note (person_id, written_at);
