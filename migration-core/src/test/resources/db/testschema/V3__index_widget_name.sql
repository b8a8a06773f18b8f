-- Runs outside a transaction (Flyway sees CONCURRENTLY), with the session-level advisory lock.
CREATE INDEX CONCURRENTLY IF NOT EXISTS widgets_name_idx ON widgets (name);
