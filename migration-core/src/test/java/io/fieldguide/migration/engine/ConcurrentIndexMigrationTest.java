package io.fieldguide.migration.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.migrate.MigrateService;
import io.fieldguide.migration.run.RunOutcome;
import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trap of Flyway issues 1654/3497: a CREATE INDEX CONCURRENTLY migration must finish while the
 * application keeps writing, instead of waiting forever on the runner's own advisory lock.
 */
@QuarkusTest
class ConcurrentIndexMigrationTest {

    @Inject
    MigrateService migrate;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void atVersionTwo() {
        DatabaseReset.dropSchema(dataSource, "public");
        DatabaseReset.clearCoreRecords(dataSource);
        migrate.migrate("2", false, "tester");
        DatabaseReset.execute(
                dataSource, "INSERT INTO widgets (name) SELECT 'w' || g FROM generate_series(1, 50000) g");
    }

    @Test
    void aConcurrentIndexBuildCompletesWhileAWriterKeepsInserting() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong inserted = new AtomicLong();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO widgets (name) VALUES (?)")) {
                while (writing.get()) {
                    insert.setString(1, "live " + inserted.incrementAndGet());
                    insert.executeUpdate();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Thread.sleep(100);
            long before = inserted.get();

            RunOutcome outcome = CompletableFuture.supplyAsync(() -> migrate.migrate("3", false, "tester"))
                    .get(60, TimeUnit.SECONDS);

            assertTrue(outcome.success(), outcome.toString());
            assertTrue(inserted.get() > before, "the writer kept writing during the build");
        } finally {
            writing.set(false);
            writer.get(10, TimeUnit.SECONDS);
        }
        assertTrue(TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM pg_index WHERE indexrelid = 'widgets_name_idx'::regclass AND indisvalid")
                == 1);
    }
}
