-- Removes exactly the ingredients V14 imported (old_ingredient_table still holds them) and its
-- record, in one statement (the record's foreign key is checked at its end). Fails, changing
-- nothing, once a lot names one of them: the lots would lose their ingredient.
SET LOCAL lock_timeout = '5s';
WITH removed AS (DELETE FROM legacy_ingredient_imports RETURNING ingredient_id)
DELETE FROM ingredients WHERE id IN (SELECT ingredient_id FROM removed);
DROP TABLE legacy_ingredient_imports;
