-- The types only; U3 and U4 have already dropped every column that used them.
SET LOCAL lock_timeout = '5s';
DROP TYPE audit_action;
DROP TYPE pallet_status;
DROP TYPE lot_status;
DROP TYPE quality_status;
DROP TYPE batch_status;
DROP TYPE ingredient_type;
