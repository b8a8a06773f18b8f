-- Audit (the guide's AuditLog, filled): every insert, update and delete of lots, runs, pallets,
-- consumptions, holds and shipments writes a row with who, when, the old and the new values, from
-- a trigger, so in the same transaction as the change and for every writer (this service, psql,
-- a script). "Who" is the service's caller, which the service sets per transaction
-- (set_config('fieldguide.actor', ..., true)); any other writer is recorded as its database user.
--
-- The audit log is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for everyone, the
-- table's owner (the service's own database user) and superusers included, and the service's user
-- gives up those privileges as well. Only dropping the table (its undo, U3) removes rows; the core
-- refuses that undo while the log holds rows unless the caller accepts the loss.
SET LOCAL lock_timeout = '5s';

CREATE FUNCTION audit_row_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    actor text := coalesce(nullif(current_setting('fieldguide.actor', true), ''), session_user);
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO audit_log (table_name, record_id, action, old_values, new_values, changed_by)
        VALUES (TG_TABLE_NAME, OLD.id, 'DELETE', to_jsonb(OLD), NULL, actor);
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND to_jsonb(OLD) = to_jsonb(NEW) THEN
        RETURN NEW;
    END IF;
    INSERT INTO audit_log (table_name, record_id, action, old_values, new_values, changed_by)
    VALUES (TG_TABLE_NAME, NEW.id, TG_OP::audit_action,
            CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END, to_jsonb(NEW), actor);
    RETURN NEW;
END
$$;

CREATE TRIGGER ingredient_lots_audit AFTER INSERT OR UPDATE OR DELETE ON ingredient_lots
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER production_runs_audit AFTER INSERT OR UPDATE OR DELETE ON production_runs
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER pallets_audit AFTER INSERT OR UPDATE OR DELETE ON pallets
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER batch_ingredients_audit AFTER INSERT OR UPDATE OR DELETE ON batch_ingredients
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER quality_holds_audit AFTER INSERT OR UPDATE OR DELETE ON quality_holds
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER shipments_audit AFTER INSERT OR UPDATE OR DELETE ON shipments
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC, CURRENT_USER;
