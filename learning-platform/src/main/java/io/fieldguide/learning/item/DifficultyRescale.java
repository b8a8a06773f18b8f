package io.fieldguide.learning.item;

import io.fieldguide.migration.backfill.Backfill;
import io.fieldguide.migration.backfill.SqlBackfill;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The guide's batched data migration, "difficulty * 1.1 for every item below 2.0", done right. The
 * guide's loop re-selects rows by {@code difficulty < 2.0}, so a row it already multiplied is picked
 * again until it passes 2.0. Here the core's backfill walks the id range fixed when the job starts,
 * and each batch commits together with its checkpoint: every row is multiplied exactly once, also
 * when the job is cancelled, killed or shared by several instances. Start it with {@code POST
 * /api/migrations/backfills/item-difficulty-rescale} or the CLI's {@code backfill}.
 */
public class DifficultyRescale {

    public static final String NAME = "item-difficulty-rescale";

    @Produces
    @Singleton
    Backfill difficultyRescale() {
        return new SqlBackfill(
                NAME,
                "items",
                "UPDATE items SET difficulty = difficulty * 1.1 WHERE id > ? AND id <= ? AND difficulty < 2.0");
    }
}
