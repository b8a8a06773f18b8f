package io.fieldguide.feeding.migration;

import io.fieldguide.migration.backfill.Backfill;
import io.fieldguide.migration.backfill.SqlBackfill;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The guide's backfill as a core job: a fresh UUID for each row without one, walking the id range
 * fixed when the job starts, in batches that each commit with their checkpoint. {@code client_id
 * IS NULL} keeps a client's own id (rows created by this release during the backfill) untouched,
 * and counts what is left for another walk ({@code BackfillService.runUntilNoneRemain}).
 */
public class ClientIdBackfill {

    public static final String NAME = "feeding-client-ids";

    @Produces
    @Singleton
    Backfill clientIds() {
        return new SqlBackfill(
                        NAME,
                        "feeding_records",
                        "UPDATE feeding_records SET client_id = gen_random_uuid() WHERE id > ? AND id <= ? AND client_id IS NULL")
                .remainingWhere("client_id IS NULL");
    }
}
