package io.fieldguide.it.demo;

import java.sql.SQLException;
import java.util.List;

/**
 * feeding-tracker (seed 000): feeding records of the release before offline sync, then the guide's
 * walkthrough: {@code run-migration} (the {@code client_id} column and the sync columns),
 * {@code backfill-client-ids}, and the core's migrate for what follows. {@code updated_at} is not
 * fingerprinted: from V3 on it is the server's, and the backfill's update sets it on purpose.
 */
final class FeedingDemo implements ServiceDemo {

    private static final String LEGACY = "coalesce(notes, '') NOT LIKE 'writer-%'";

    @Override
    public String module() {
        return "feeding-tracker";
    }

    @Override
    public String beforeVersion() {
        return "1";
    }

    @Override
    public int defaultRows() {
        return 20_000;
    }

    /** A family's feedings, every three hours over the years; food types and notes as people typed them. */
    @Override
    public long load(DemoDatabase database, int rows) throws SQLException {
        database.execute("INSERT INTO feeding_records (feeding_time, food_type, notes, created_at, updated_at)"
                + " SELECT t, (ARRAY['formula', 'breast milk', 'solids', 'Formula ', NULL])[1 + g % 5],"
                + " CASE WHEN g % 7 = 0 THEN NULL ELSE (60 + g % 120) || ' ml, note ' || g END, t, t"
                + " FROM generate_series(1, " + rows + ") g,"
                + " LATERAL (SELECT timestamptz '2021-01-01 00:00Z' + g * interval '3 hours') AS at(t)");
        return database.count("SELECT count(*) FROM feeding_records");
    }

    @Override
    public List<TableCheck> tables() {
        return List.of(TableCheck.of(
                "feeding_records", "id", List.of("id", "feeding_time", "food_type", "notes", "created_at"), LEGACY));
    }

    @Override
    public String writerInsert() {
        return "INSERT INTO feeding_records (feeding_time, food_type, notes) VALUES (now(), 'formula', 'writer-' || ?)";
    }

    @Override
    public List<ApiStep> upgrade() {
        return List.of(
                new ApiStep("POST /api/feedings/run-migration", api -> {
                    var answer = api.post("/api/feedings/run-migration", null);
                    return answer.path("migration_status").asText() + ", applied "
                            + answer.path("applied_migrations").size() + " migrations";
                }),
                new ApiStep("POST /api/feedings/backfill-client-ids", api -> {
                    var answer = api.post("/api/feedings/backfill-client-ids", null);
                    if (!answer.path("success").asBoolean()) {
                        throw new DemoFailure("the backfill failed: " + answer);
                    }
                    // The old release keeps inserting rows without a client_id while the job walks, so
                    // a few may remain; upgradedDataChecks proves every legacy row got its own.
                    return String.format(
                            "%,d rows updated, %,d written meanwhile remain",
                            answer.path("updated_count").asLong(),
                            answer.path("remaining_records").asLong());
                }),
                ApiStep.migrateAll());
    }

    /** The backfill gave every legacy row its own client_id, and touched each row exactly once (version 2). */
    @Override
    public List<DemoResult.Check> upgradedDataChecks(DemoDatabase database) throws SQLException {
        long rows = database.count("SELECT count(*) FROM feeding_records WHERE " + LEGACY);
        long distinctIds = database.count(
                "SELECT count(DISTINCT client_id) FROM feeding_records WHERE " + LEGACY + " AND client_id IS NOT NULL");
        long notOnce = database.count("SELECT count(*) FROM feeding_records WHERE " + LEGACY + " AND version <> 2");
        return List.of(
                new DemoResult.Check(
                        "every legacy row has its own client_id",
                        distinctIds == rows,
                        String.format("%,d distinct client_ids for %,d rows", distinctIds, rows)),
                new DemoResult.Check(
                        "the backfill changed every legacy row exactly once",
                        notOnce == 0,
                        String.format("%,d rows with a version other than 2", notOnce)));
    }
}
