package io.fieldguide.feeding;

import static io.fieldguide.feeding.FeedingApi.admin;
import static io.fieldguide.feeding.FeedingApi.create;
import static io.fieldguide.feeding.FeedingTestData.newClientId;
import static io.fieldguide.feeding.FeedingTestData.record;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.migration.testing.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** client_id stays unique, and clients' own ids untouched, while the backfill and inserts run at once. */
@QuarkusTest
class BackfillConcurrencyTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyTable() {
        FeedingTestData.reset(dataSource);
    }

    @Test
    void clientIdStaysUniqueWhileTheBackfillAndInsertsRunConcurrently() throws Exception {
        FeedingTestData.insertLegacyRows(dataSource, 3000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?> backfill = pool.submit(() -> admin().when()
                    .post("/api/feedings/backfill-client-ids")
                    .then()
                    .statusCode(200));
            List<String> posted = new ArrayList<>();
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 3; writer++) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    ids.add(newClientId());
                }
                posted.addAll(ids);
                writers.add(pool.submit(() -> {
                    for (String clientId : ids) {
                        create(record(clientId, "2025-01-01T12:00:00Z", "written during the backfill"))
                                .statusCode(201);
                        // An old-release instance writes too: a row without client_id.
                        FeedingTestData.insertLegacyRows(dataSource, 1);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            backfill.get();
        } finally {
            pool.shutdownNow();
        }
        admin().when()
                .post("/api/feedings/backfill-client-ids")
                .then()
                .statusCode(200)
                .body("remaining_records", equalTo(0));

        long rows = TestSql.count(dataSource, "SELECT count(*) FROM feeding_records");
        assertEquals(3000 + 120 + 120, rows);
        assertEquals(rows, TestSql.count(dataSource, "SELECT count(DISTINCT client_id) FROM feeding_records"));
        assertEquals(
                120,
                FeedingTestData.count(dataSource, "notes = 'written during the backfill' AND version = 1"),
                "the backfill must not touch a client's own client_id");
    }
}
