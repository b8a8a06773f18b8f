package io.fieldguide.feeding;

import io.fieldguide.migration.testing.DatabaseReset;
import io.fieldguide.migration.testing.TestSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Named test data and SQL reads for the feeding tests; every test starts from an empty table. */
final class FeedingTestData {

    private FeedingTestData() {}

    static void reset(DataSource dataSource) {
        DatabaseReset.execute(
                dataSource,
                "TRUNCATE feeding_records RESTART IDENTITY;"
                        + " DO $$ BEGIN IF to_regclass('feeding_sync_purge') IS NOT NULL THEN DELETE FROM feeding_sync_purge; END IF; END $$");
        DatabaseReset.clearCoreRecords(dataSource);
    }

    /** Rows as the guide's old release wrote them: no client_id. */
    static void insertLegacyRows(DataSource dataSource, int count) {
        DatabaseReset.execute(
                dataSource,
                "INSERT INTO feeding_records (feeding_time, food_type, notes) SELECT now() - i * interval '1 hour',"
                        + " 'formula', 'legacy feeding ' || i FROM generate_series(1, " + count + ") i");
    }

    static long count(DataSource dataSource, String where) {
        return TestSql.count(dataSource, "SELECT count(*) FROM feeding_records WHERE " + where);
    }

    /** Everything sync depends on, row by row: a write anywhere changes it. */
    static List<Map<String, Object>> snapshot(DataSource dataSource) {
        String sql = "SELECT id, client_id::text, version, change_xid::text, deleted_at::text, feeding_time::text,"
                + " notes, updated_at::text FROM feeding_records ORDER BY id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            List<Map<String, Object>> snapshot = new ArrayList<>();
            while (rows.next()) {
                java.util.LinkedHashMap<String, Object> row = new java.util.LinkedHashMap<>();
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    row.put(rows.getMetaData().getColumnLabel(column), rows.getObject(column));
                }
                snapshot.add(row);
            }
            return snapshot;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static String newClientId() {
        return UUID.randomUUID().toString();
    }

    static String record(String clientId, String feedingTime, String notes) {
        return """
                {"client_id": "%s", "feeding_time": "%s", "food_type": "formula", "notes": "%s"}"""
                .formatted(clientId, feedingTime, notes);
    }
}
