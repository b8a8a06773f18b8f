package io.fieldguide.migration.flyway;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The core's bookkeeping schema (run history, backfill checkpoints), migrated by a Flyway of its
 * own with its own history table, so it never appears among the service's migrations.
 */
@ApplicationScoped
public class CoreSchema {

    public static final String SCHEMA = "migration_core";
    private static final String FOLDER = "io/fieldguide/migration/db";
    private static final List<String> SCRIPTS = List.of("V1__core_bookkeeping.sql", "V2__repair_runs.sql");

    private final DataSource dataSource;
    private volatile boolean migrated;

    public CoreSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Brings the core schema up to date once per process; cheap to call again. */
    public void ensureMigrated() {
        if (migrated) {
            return;
        }
        synchronized (this) {
            if (!migrated) {
                MigrateResult result = flyway().migrate();
                if (result.migrationsExecuted > 0) {
                    Log.infof("Core schema %s migrated to version %s", SCHEMA, result.targetSchemaVersion);
                }
                migrated = true;
            }
        }
    }

    /** Forget that the schema was migrated, for tests that drop it. */
    public void reset() {
        migrated = false;
    }

    private Flyway flyway() {
        ClassLoader classLoader = CoreSchema.class.getClassLoader();
        return SessionLevelLock.apply(Flyway.configure(classLoader)
                        .dataSource(dataSource)
                        .schemas(SCHEMA)
                        .defaultSchema(SCHEMA)
                        .createSchemas(true)
                        .table("flyway_schema_history")
                        .resourceProvider(new FixedClasspathResources(FOLDER, SCRIPTS, classLoader))
                        .javaMigrationClassProvider(List::of))
                .load();
    }
}
