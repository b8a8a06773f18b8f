package io.fieldguide.feeding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The feeding tracker's settings (prefix {@code feeding.}); see application.properties. */
@ConfigMapping(prefix = "feeding")
public interface FeedingConfig {

    Backfill backfill();

    Api api();

    Sync sync();

    interface Backfill {
        /** Rows per batch of the client_id backfill: the guide's 100. */
        @WithDefault("100")
        int batchSize();

        /**
         * How often one call re-runs the job when rows without a client_id remain after it completed
         * (rows an older release inserted after the job fixed its key range).
         */
        @WithDefault("3")
        int maxRounds();
    }

    interface Api {
        @WithDefault("50")
        int defaultPageSize();

        @WithDefault("500")
        int maxPageSize();
    }

    interface Sync {
        @WithDefault("1000")
        int defaultPageSize();

        @WithDefault("10000")
        int maxPageSize();

        /** Upserts plus deletes accepted in one push. */
        @WithDefault("500")
        int maxPushChanges();

        /**
         * Records (created, updated and deleted together) accepted in one WatermelonDB push. It sends
         * every local change at once, so this is the most a client may change between two syncs.
         */
        @WithDefault("10000")
        int maxWatermelonPush();

        /** Keys (ids) per batch of the tombstone purge, each batch its own transaction. */
        @WithDefault("1000")
        int purgeBatchSize();

        /** Tombstones older than this are purged; cursors from before the purge must re-sync. */
        @WithDefault("P30D")
        Duration tombstoneRetention();
    }
}
