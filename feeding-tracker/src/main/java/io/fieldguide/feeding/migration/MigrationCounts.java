package io.fieldguide.feeding.migration;

import io.fieldguide.feeding.schema.SchemaLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Row counts and samples for the migration endpoints, in plain SQL: they must work at V1 too. */
@ApplicationScoped
public class MigrationCounts {

    /** Every row, tombstones included: the backfill gives them all a client_id. */
    public record Counts(long total, long migrated) {
        public long remaining() {
            return total - migrated;
        }
    }

    private final DataSource dataSource;

    MigrationCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Counts count(SchemaLevel level) {
        if (level == SchemaLevel.NONE) {
            return new Counts(0, 0);
        }
        String sql = level.hasClientId()
                ? "SELECT count(*), count(client_id) FROM feeding_records"
                : "SELECT count(*), 0 FROM feeding_records";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            row.next();
            return new Counts(row.getLong(1), row.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count feeding records", e);
        }
    }

    public List<BackfillResponse.SampleRecord> sample(int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, client_id, feeding_time FROM feeding_records ORDER BY id LIMIT ?")) {
            select.setInt(1, limit);
            List<BackfillResponse.SampleRecord> sample = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sample.add(new BackfillResponse.SampleRecord(
                            rows.getLong(1),
                            rows.getObject(2, UUID.class),
                            rows.getTimestamp(3).toInstant()));
                }
            }
            return sample;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read sample records", e);
        }
    }
}
