-- 360Giving import (issue 7). Portable SQL: runs on H2 and PostgreSQL 15.
-- A recipient of a regrant read from 360Giving data becomes a member whose kind and state may be
-- unknown: NULL, shown as 'unknown' in breakdowns and never made into a kind: or state: scope.
ALTER TABLE member ALTER COLUMN kind DROP NOT NULL;
ALTER TABLE member ALTER COLUMN state DROP NOT NULL;
-- A regrant whose source grant is not given (no relatedActivity) is unattributed: grant_id NULL. It
-- counts for the network and never for a funder. 360Giving planned dates are optional.
ALTER TABLE regrant ALTER COLUMN grant_id DROP NOT NULL;
ALTER TABLE regrant ALTER COLUMN start_date DROP NOT NULL;
ALTER TABLE regrant ALTER COLUMN end_date DROP NOT NULL;
ALTER TABLE funder_grant ALTER COLUMN start_date DROP NOT NULL;
ALTER TABLE funder_grant ALTER COLUMN end_date DROP NOT NULL;
-- The intermediary's name, for the funding organisation of an export (optional in plan.yml).
ALTER TABLE plan ADD COLUMN intermediary_name VARCHAR(1000);
CREATE INDEX regrant_grant ON regrant (grant_id);
