-- The guide's 0004: monitoring views, read with plain SELECTs as the guide does
-- (SELECT * FROM table_sizes LIMIT 10; ...). A view's creation locks the catalog objects it
-- reads only briefly, but it still waits behind any lock on them: bounded like every other script.
SET LOCAL lock_timeout = '5s';

-- Tables (and partitions) by total size on disk, largest first.
CREATE VIEW table_sizes AS
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       pg_total_relation_size(c.oid) AS total_bytes,
       pg_relation_size(c.oid) AS table_bytes,
       pg_indexes_size(c.oid) AS index_bytes,
       pg_size_pretty(pg_total_relation_size(c.oid)) AS total_size,
       greatest(c.reltuples, 0)::bigint AS estimated_rows
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
ORDER BY pg_total_relation_size(c.oid) DESC;

-- The slowest statements. With pg_stat_statements installed and loaded: by mean execution time
-- since its last reset. Without it (the extension is optional and needs shared_preload_libraries):
-- the statements running now, by how long they have run. A view cannot name a relation that may
-- not exist, so it reads a function that looks first.
CREATE FUNCTION slow_query_rows()
RETURNS TABLE (source text, query text, calls bigint, total_ms double precision, mean_ms double precision)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF to_regclass('pg_stat_statements') IS NOT NULL THEN
        BEGIN
            RETURN QUERY EXECUTE
                'SELECT ''pg_stat_statements''::text, s.query, s.calls, s.total_exec_time, s.mean_exec_time'
                ' FROM pg_stat_statements s WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())'
                ' ORDER BY s.mean_exec_time DESC LIMIT 100';
            RETURN;
        EXCEPTION WHEN object_not_in_prerequisite_state THEN
            NULL; -- installed but not preloaded: fall back to what runs now
        END;
    END IF;
    RETURN QUERY
        SELECT 'pg_stat_activity'::text,
               a.query,
               1::bigint,
               extract(epoch FROM clock_timestamp() - a.query_start)::double precision * 1000,
               extract(epoch FROM clock_timestamp() - a.query_start)::double precision * 1000
        FROM pg_stat_activity a
        WHERE a.state = 'active'
          AND a.pid <> pg_backend_pid()
          AND a.datname = current_database()
          AND a.query_start IS NOT NULL
        ORDER BY a.query_start
        LIMIT 100;
END
$$;

CREATE VIEW slow_queries AS
SELECT source, query, calls, total_ms, mean_ms FROM slow_query_rows();

-- How much each index is used; the guide reads the little-used ones (WHERE idx_tup_read < 1000).
CREATE VIEW index_usage AS
SELECT s.schemaname AS schema_name,
       s.relname AS table_name,
       s.indexrelname AS index_name,
       s.idx_scan,
       s.idx_tup_read,
       s.idx_tup_fetch,
       pg_relation_size(s.indexrelid) AS index_bytes
FROM pg_stat_user_indexes s
ORDER BY s.idx_scan, s.idx_tup_read;

-- Connections to this database by state.
CREATE VIEW connection_stats AS
SELECT coalesce(a.state, 'background') AS state,
       count(*) AS connections,
       max(clock_timestamp() - a.state_change) AS longest_in_state
FROM pg_stat_activity a
WHERE a.datname = current_database()
GROUP BY coalesce(a.state, 'background')
ORDER BY connections DESC;

-- One row: the figures to look at first.
CREATE VIEW system_health AS
SELECT pg_database_size(current_database()) AS database_bytes,
       pg_size_pretty(pg_database_size(current_database())) AS database_size,
       (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()) AS connections,
       current_setting('max_connections')::bigint AS max_connections,
       (SELECT count(*) FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'idle in transaction') AS idle_in_transaction,
       (SELECT extract(epoch FROM clock_timestamp() - min(xact_start))::double precision
        FROM pg_stat_activity WHERE datname = current_database()) AS oldest_transaction_seconds,
       d.blks_hit::double precision / nullif(d.blks_hit + d.blks_read, 0) AS cache_hit_ratio,
       d.deadlocks,
       d.conflicts,
       age(datfrozenxid) AS transaction_id_age
FROM pg_stat_database d
JOIN pg_database db ON db.datname = d.datname
WHERE d.datname = current_database();
