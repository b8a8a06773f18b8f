package io.fieldguide.it.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.List;

/**
 * One service's end-to-end demo: the version its guide starts from, a legacy dataset loaded at that
 * version, the tables whose pre-existing rows must survive, the old release's insert that keeps
 * writing meanwhile, and the upgrade path over HTTP as the guide runs it.
 */
interface ServiceDemo {

    String module();

    /** The guide's "before" schema: the service starts with {@code fieldguide.migration.start-target} at it. */
    String beforeVersion();

    /** Rows loaded when the main job is run without options (small enough for 5 minutes on 2 cores). */
    int defaultRows();

    /** Loads about {@code rows} rows of legacy data at {@link #beforeVersion()}; answers how many it loaded. */
    long load(DemoDatabase database, int rows) throws SQLException;

    List<TableCheck> tables();

    /** The old release's insert, valid at every version from the "before" one; {@code ?} is a sequence number. */
    String writerInsert();

    /** The guide's upgrade path: each step one HTTP call (or a few), answering a one-line summary. */
    List<ApiStep> upgrade();

    /** The body of {@code POST /api/migrations/rollback} that takes the schema back to {@link #beforeVersion()}. */
    default String rollbackBody() {
        return "{\"target\": \"" + beforeVersion() + "\", \"allowDataLoss\": true}";
    }

    /** What the upgrade must have done to the legacy rows beyond keeping them (a backfill's result, say). */
    default List<DemoResult.Check> upgradedDataChecks(DemoDatabase database) throws SQLException {
        return List.of();
    }

    /** One step of an upgrade path. */
    record ApiStep(String name, Call call) {

        @FunctionalInterface
        interface Call {
            String run(ServiceApi api) throws Exception;
        }

        /** {@code POST /api/migrations}: everything pending, as the core's API and the course guide do it. */
        static ApiStep migrateAll() {
            return new ApiStep("POST /api/migrations", api -> summary(api.post("/api/migrations", "{}")));
        }

        /** A migration run's answer in one line, or a failure if any of its steps failed. */
        static String summary(JsonNode run) {
            if (!run.path("success").asBoolean()) {
                throw new DemoFailure("the run failed: " + run);
            }
            long total = 0;
            for (JsonNode result : run.path("results")) {
                total += result.path("durationMs").asLong();
            }
            return run.path("results").size() + " migrations, " + total + " ms in the database";
        }
    }
}
