-- H2: audit events can be appended and read, never changed or removed (see AppendOnlyTrigger).
-- H2 has no privileges worth the name for the embedded single user, so the trigger is the guard;
-- `audit verify` catches what gets past it.

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE, DELETE ON audit_event
  FOR EACH ROW CALL 'org.homeward.audit.AppendOnlyTrigger';
