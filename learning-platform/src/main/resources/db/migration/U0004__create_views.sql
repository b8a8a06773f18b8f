-- Undoes 0004: the monitoring views (they hold no data).
SET LOCAL lock_timeout = '5s';
DROP VIEW IF EXISTS system_health;
DROP VIEW IF EXISTS connection_stats;
DROP VIEW IF EXISTS index_usage;
DROP VIEW IF EXISTS slow_queries;
DROP FUNCTION IF EXISTS slow_query_rows();
DROP VIEW IF EXISTS table_sizes;
