-- undo:keeps-data daily_summaries holds only sums of meal_entries, which stay; V4.2 recomputes them
SET LOCAL lock_timeout = '5s';
DROP TRIGGER meal_entries_daily_summaries_deleted ON meal_entries;
DROP TRIGGER meal_entries_daily_summaries_updated ON meal_entries;
DROP TRIGGER meal_entries_daily_summaries_inserted ON meal_entries;
DROP TRIGGER trigger_meal_entries_daily_summary ON meal_entries;
DROP FUNCTION trigger_recompute_daily_summaries();
DROP FUNCTION trigger_update_daily_summary();
DROP FUNCTION update_daily_summary(text, date);
DROP FUNCTION recompute_daily_summaries(text[], date[]);
DROP FUNCTION daily_summaries_set_based();
DROP TABLE daily_summaries;
