-- Sync: a server-owned change cursor and a row version, kept by a trigger for every writer (this
-- app, an older release still running, the backfill, psql).
--   change_xid  the transaction that last wrote the row (pg_current_xact_id()). A pull returns
--               only rows written by transactions older than the oldest one still running, so a
--               long transaction can never commit behind a cursor a client already holds.
--   created_xid the transaction that inserted it, to tell created from updated in a pull.
--   version     1 on insert, +1 on every update: the base of the push conflict rule.
-- Constant defaults only touch the catalog; existing rows get position 0, before any real write.
SET LOCAL lock_timeout = '5s';
ALTER TABLE feeding_records
    ADD COLUMN version bigint NOT NULL DEFAULT 1,
    ADD COLUMN change_xid xid8 NOT NULL DEFAULT '0',
    ADD COLUMN created_xid xid8 NOT NULL DEFAULT '0';

CREATE FUNCTION feeding_records_track_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_xid := pg_current_xact_id();
    IF TG_OP = 'INSERT' THEN
        NEW.created_xid := NEW.change_xid;
        NEW.version := 1;
    ELSE
        NEW.created_xid := OLD.created_xid;
        NEW.version := OLD.version + 1;
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER feeding_records_track_change
    BEFORE INSERT OR UPDATE ON feeding_records
    FOR EACH ROW EXECUTE FUNCTION feeding_records_track_change();
