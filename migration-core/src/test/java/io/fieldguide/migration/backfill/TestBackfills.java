package io.fieldguide.migration.backfill;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** A backfill declared the way a service declares one, for the REST tests. */
class TestBackfills {

    @Produces
    @Singleton
    Backfill pricesInCents() {
        return new SqlBackfill(
                "widget-prices-in-cents", "widgets", "UPDATE widgets SET price = price * 100 WHERE id > ? AND id <= ?");
    }
}
