-- Portable SQL (H2 and PostgreSQL): the audit trail becomes a hash chain.
-- Each event records where it came from and the before/after of changed fields, and carries
-- the hash of its own content and of the event before it. Sequence numbers are assigned by the
-- application under the lock on audit_head, so they have no gaps: a gap means a deleted event.
-- Rows written before this migration are chained by the Java migration V3_1 (same package as
-- AuditTrail), before V4 makes the table append-only.

ALTER TABLE audit_event ADD COLUMN agency_id UUID;
ALTER TABLE audit_event ADD COLUMN client_address VARCHAR(100);
ALTER TABLE audit_event ADD COLUMN request_id VARCHAR(100);
ALTER TABLE audit_event ADD COLUMN before_json VARCHAR(100000);
ALTER TABLE audit_event ADD COLUMN after_json VARCHAR(100000);
ALTER TABLE audit_event ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_event ADD COLUMN hash CHAR(64);

-- The chain's head: the last sequence number and hash. Appending locks this one row
-- (SELECT ... FOR UPDATE), which serialises appends and makes a rolled-back append leave no gap.
-- It also lets the verifier notice events deleted from the end of the chain.
CREATE TABLE audit_head (
  id        INTEGER PRIMARY KEY,
  last_seq  BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL,
  CONSTRAINT audit_head_single_row CHECK (id = 1)
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE INDEX audit_event_actor ON audit_event (actor, seq);
CREATE INDEX audit_event_target ON audit_event (target_id, seq);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
