package io.fieldguide.migration.backfill;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Backfills declared the way a service declares them, for the REST, CLI and backfill tests. */
class TestBackfills {

    @Produces
    @Singleton
    Backfill pricesInCents() {
        return new SqlBackfill(
                "widget-prices-in-cents", "widgets", "UPDATE widgets SET price = price * 100 WHERE id > ? AND id <= ?");
    }

    /** Leaves a painted widget alone, so it may walk the table again: see BackfillRoundsTest. */
    @Produces
    @Singleton
    Backfill greyWidgets() {
        return new SqlBackfill(
                        "widget-colors",
                        "widgets",
                        "UPDATE widgets SET color = 'grey' WHERE id > ? AND id <= ? AND color IS NULL")
                .remainingWhere("color IS NULL");
    }
}
