-- PostgreSQL: audit events can be appended and read, never changed or removed.
-- The trigger refuses UPDATE, DELETE and TRUNCATE for every user, including the table's owner.
-- The owner (the role that ran the migrations) could still disable the trigger: deployments that
-- want the application unable even to do that run it as a separate role granted only
-- SELECT, INSERT on audit_event (see the operations notes); `audit verify` catches the rest.

CREATE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;
