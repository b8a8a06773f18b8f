-- The guide's Step 4 ("migrate existing ingredient data ... from old_ingredient_table") with its
-- common issue 4, a varchar column holding numbers, fixed as a data fix of its own.
-- Where a deployment has the old table, expected as old_ingredient_table (name text, current_stock
-- text), its ingredients are imported; elsewhere this script only creates the record table.
-- The guide's conversion, CASE WHEN text ~ '^[0-9]+$' THEN text::integer ELSE 0, drops decimals
-- ('12.5' becomes 0) and turns every other value into 0 without a trace. Here: surrounding spaces
-- are ignored, up to 3 decimals are kept (numeric(14, 3), the column's type), anything else (empty,
-- 'n/a', '12 kg', a negative number) gives 0 AND is recorded with its original text in
-- legacy_ingredient_imports (stock_parsed = false), so no value is lost and the rows to look at are
-- one query away. The guide's defaults stay: type OTHER, unit 'units'. A name already in the catalog
-- is not imported again; a name the old table repeats is imported once (the lowest stock text);
-- old_ingredient_table itself is never changed.
SET LOCAL lock_timeout = '5s';

CREATE TABLE legacy_ingredient_imports (
    ingredient_id bigint PRIMARY KEY REFERENCES ingredients (id),
    legacy_name text NOT NULL,
    legacy_stock text,
    stock_parsed boolean NOT NULL
);

DO $$
BEGIN
    IF to_regclass('old_ingredient_table') IS NULL THEN
        RETURN;
    END IF;
    WITH legacy AS (
        SELECT DISTINCT ON (trim(o.name)) trim(o.name) AS name, o.current_stock AS raw,
            coalesce(trim(o.current_stock) ~ '^[0-9]{1,11}(\.[0-9]{1,3})?$', false) AS parsed
        FROM old_ingredient_table o
        WHERE nullif(trim(o.name), '') IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM ingredients i WHERE i.name = trim(o.name))
        ORDER BY trim(o.name), o.current_stock
    ), imported AS (
        INSERT INTO ingredients (name, type, unit_of_measure, current_stock)
        SELECT name, 'OTHER', 'units', CASE WHEN parsed THEN CAST(trim(raw) AS numeric(14, 3)) ELSE 0 END
        FROM legacy
        RETURNING id, name
    )
    INSERT INTO legacy_ingredient_imports (ingredient_id, legacy_name, legacy_stock, stock_parsed)
    SELECT i.id, l.name, l.raw, l.parsed FROM imported i JOIN legacy l ON l.name = i.name;
END
$$;
