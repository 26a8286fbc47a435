-- TOTP second factor (RFC 6238): required for administrators and vetting officers.
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE app_user ADD COLUMN totp_confirmed BOOLEAN DEFAULT FALSE NOT NULL;
-- The last time step accepted, so that a code cannot be used twice.
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT;
-- Demo accounts only: sign in without a second factor.
ALTER TABLE app_user ADD COLUMN second_factor_exempt BOOLEAN DEFAULT FALSE NOT NULL;
