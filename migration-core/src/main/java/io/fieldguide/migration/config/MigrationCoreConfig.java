package io.fieldguide.migration.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings every service shares; see the "migration-core" section of application.properties. */
@ConfigMapping(prefix = "fieldguide.migration")
public interface MigrationCoreConfig {

    /** Apply pending migrations when the service starts (off in the CLI and in tests that drive it). */
    @WithDefault("true")
    boolean migrateAtStart();

    /**
     * Stop the start-up migration at this version, to replay a documented upgrade path on a running
     * service (data at V1, then the migration endpoints move it on).
     */
    Optional<String> startTarget();

    /** Readiness is DOWN while migrations are pending (a failed migration always makes it DOWN). */
    @WithDefault("true")
    boolean readinessRequiresUpToDate();

    /** How new migration files are named by the scaffolding. */
    @WithDefault("plain")
    NamingScheme namingScheme();

    /** Where the scaffolding writes new scripts, relative to the module. */
    @WithDefault("src/main/resources/db/migration")
    String scriptDirectory();

    RateLimit rateLimit();

    Backfill backfill();

    interface RateLimit {
        /**
         * Requests one caller (a token's subject, else a client address; for a login also the
         * account) may make per window to a rate-limited resource such as /api/migrations.
         */
        @WithDefault("30")
        int requests();

        /** Requests all callers together may make per window to one rate-limited resource. */
        @WithDefault("300")
        int globalRequests();

        @WithDefault("10S")
        Duration window();
    }

    interface Backfill {
        @WithDefault("1000")
        int batchSize();

        /** A batch waiting longer than this for a row lock gives way and is retried. */
        @WithDefault("2S")
        Duration lockTimeout();

        @WithDefault("30S")
        Duration statementTimeout();
    }

    enum NamingScheme {
        /** V1__x, V2__x */
        PLAIN,
        /** V1734567890000__x, the course tracker's node-pg-migrate style */
        TIMESTAMP,
        /** V0001__x, the learning platform's numbered files */
        SEQUENCE
    }
}
