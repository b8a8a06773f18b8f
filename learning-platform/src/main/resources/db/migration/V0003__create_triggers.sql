-- The guide's 0003: triggers for integrity, so that every writer (the service, psql, a script)
-- keeps the same rules.
--   updated_at   set on every update of users, items (and later user_preferences).
--   item counts  items.attempt_count and correct_count follow the attempts inserted: one
--                statement-level trigger per insert statement, reading the inserted rows from a
--                transition table, so a bulk load of attempts updates each item once, not once
--                per row. Attempts are never updated; a detached or dropped partition keeps its
--                attempts in the counts (they are the history the estimates rest on).
SET LOCAL lock_timeout = '5s';

CREATE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER users_set_updated_at
    BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TRIGGER items_set_updated_at
    BEFORE UPDATE ON items
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE FUNCTION count_item_attempts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE items
    SET attempt_count = attempt_count + counted.attempts,
        correct_count = correct_count + counted.correct
    FROM (
        SELECT item_id, count(*) AS attempts, count(*) FILTER (WHERE correct) AS correct
        FROM inserted_attempts
        GROUP BY item_id
    ) AS counted
    WHERE items.id = counted.item_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER attempts_count_item_attempts
    AFTER INSERT ON attempts
    REFERENCING NEW TABLE AS inserted_attempts
    FOR EACH STATEMENT EXECUTE FUNCTION count_item_attempts();
