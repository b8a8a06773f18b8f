-- Phase 3.2 and 3.3: daily summaries, kept by triggers, and filled for the existing meals.
--
-- Two paths, one definition of a day's sums:
-- * single writes: the guide's per-row trigger recomputes the written meal's day;
-- * bulk writes (the import) run with SET LOCAL protein.daily_summaries = 'set-based': the row
--   trigger is skipped and one trigger per statement recomputes every day the statement touched,
--   read from its transition tables. The guide's per-row trigger would recompute a day once per
--   imported meal of that day.
-- A day is recomputed from its meals (not adjusted by deltas), after taking a per-user advisory
-- lock: a second writer for the same user waits, then reads with a fresh snapshot that includes
-- the first writer's meals, so concurrent writers cannot leave a stale sum behind.
-- The guide types user ids as UUID; the users here have Prisma cuid text ids.
SET LOCAL lock_timeout = '5s';
CREATE TABLE daily_summaries (
    user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    summary_date date NOT NULL,
    total_protein_grams numeric(9, 1) NOT NULL,
    total_calories numeric(10, 1) NOT NULL,
    meal_count bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, summary_date)
);

CREATE FUNCTION daily_summaries_set_based() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('protein.daily_summaries', true), '') = 'set-based'
$$;

-- Recomputes the given (user, day) pairs; a day without meals loses its summary.
CREATE FUNCTION recompute_daily_summaries(user_ids text[], dates date[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(20020, user_hash)
    FROM (SELECT DISTINCT hashtext(u) AS user_hash FROM unnest(user_ids) AS u ORDER BY 1) AS users_in_order;

    WITH touched AS (
        SELECT DISTINCT k.user_id, k.summary_date FROM unnest(user_ids, dates) AS k (user_id, summary_date)
    ), sums AS (
        SELECT t.user_id, t.summary_date, coalesce(sum(m.protein_grams), 0) AS protein,
               coalesce(sum(m.calories), 0) AS calories, count(m.id) AS meals
        FROM touched t
        LEFT JOIN meal_entries m ON m.user_id = t.user_id AND m.meal_date = t.summary_date
        GROUP BY t.user_id, t.summary_date
    ), emptied AS (
        DELETE FROM daily_summaries d USING sums s
        WHERE d.user_id = s.user_id AND d.summary_date = s.summary_date AND s.meals = 0
    )
    INSERT INTO daily_summaries (user_id, summary_date, total_protein_grams, total_calories, meal_count, updated_at)
    SELECT user_id, summary_date, protein, calories, meals, now() FROM sums WHERE meals > 0
    ON CONFLICT (user_id, summary_date) DO UPDATE
        SET total_protein_grams = excluded.total_protein_grams,
            total_calories = excluded.total_calories,
            meal_count = excluded.meal_count,
            updated_at = excluded.updated_at;
END
$$;

-- The guide's function: one user's day.
CREATE FUNCTION update_daily_summary(target_user_id text, target_date date) RETURNS void
LANGUAGE sql AS $$
    SELECT recompute_daily_summaries(ARRAY[target_user_id], ARRAY[target_date])
$$;

CREATE FUNCTION trigger_update_daily_summary() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM update_daily_summary(OLD.user_id, OLD.meal_date);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (NEW.user_id, NEW.meal_date) IS DISTINCT FROM (OLD.user_id, OLD.meal_date)) THEN
        PERFORM update_daily_summary(NEW.user_id, NEW.meal_date);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION trigger_recompute_daily_summaries() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM recompute_daily_summaries(array_agg(user_id), array_agg(meal_date))
        FROM (SELECT DISTINCT user_id, meal_date FROM new_rows) AS days;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM recompute_daily_summaries(array_agg(user_id), array_agg(meal_date))
        FROM (SELECT DISTINCT user_id, meal_date FROM old_rows) AS days;
    ELSE
        PERFORM recompute_daily_summaries(array_agg(user_id), array_agg(meal_date))
        FROM (SELECT user_id, meal_date FROM old_rows UNION SELECT user_id, meal_date FROM new_rows) AS days;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER trigger_meal_entries_daily_summary
    AFTER INSERT OR UPDATE OF user_id, meal_date, protein_grams, calories OR DELETE ON meal_entries
    FOR EACH ROW WHEN (NOT daily_summaries_set_based())
    EXECUTE FUNCTION trigger_update_daily_summary();

CREATE TRIGGER meal_entries_daily_summaries_inserted
    AFTER INSERT ON meal_entries REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT WHEN (daily_summaries_set_based())
    EXECUTE FUNCTION trigger_recompute_daily_summaries();

CREATE TRIGGER meal_entries_daily_summaries_updated
    AFTER UPDATE ON meal_entries REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT WHEN (daily_summaries_set_based())
    EXECUTE FUNCTION trigger_recompute_daily_summaries();

CREATE TRIGGER meal_entries_daily_summaries_deleted
    AFTER DELETE ON meal_entries REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT WHEN (daily_summaries_set_based())
    EXECUTE FUNCTION trigger_recompute_daily_summaries();

-- 3.3: summaries for the meals already there, in one set-based statement.
INSERT INTO daily_summaries (user_id, summary_date, total_protein_grams, total_calories, meal_count)
SELECT user_id, meal_date, sum(protein_grams), coalesce(sum(calories), 0), count(*)
FROM meal_entries
GROUP BY user_id, meal_date;
