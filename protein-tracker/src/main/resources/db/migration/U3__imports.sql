-- The import reports are the record of what was migrated from localStorage; the core refuses this
-- undo while any exist unless data loss is accepted. The imported meals stay in meal_entries.
SET LOCAL lock_timeout = '5s';
DROP TABLE imports;
