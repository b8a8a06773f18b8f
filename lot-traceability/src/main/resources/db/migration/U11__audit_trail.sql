-- The triggers go; the rows they wrote stay in audit_log (U3 drops the table).
SET LOCAL lock_timeout = '5s';
GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO CURRENT_USER;
DROP TRIGGER audit_log_no_truncate ON audit_log;
DROP TRIGGER audit_log_no_update_or_delete ON audit_log;
DROP FUNCTION audit_log_is_append_only();
DROP TRIGGER shipments_audit ON shipments;
DROP TRIGGER quality_holds_audit ON quality_holds;
DROP TRIGGER batch_ingredients_audit ON batch_ingredients;
DROP TRIGGER pallets_audit ON pallets;
DROP TRIGGER production_runs_audit ON production_runs;
DROP TRIGGER ingredient_lots_audit ON ingredient_lots;
DROP FUNCTION audit_row_change();
