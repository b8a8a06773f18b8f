package io.fieldguide.feeding.records;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The feeding list and create on a database still at V1 or V2 (expand/contract): plain SQL over
 * the columns that exist, so the service keeps working while the guide's migration has not run.
 * A row created here has no client_id; the backfill gives it one.
 */
@ApplicationScoped
public class LegacyFeedings {

    private static final String SELECT =
            "SELECT id, %s, feeding_time, food_type, notes, created_at, updated_at FROM feeding_records"
                    + " ORDER BY feeding_time DESC, id DESC LIMIT ? OFFSET ?";
    private static final String INSERT = "INSERT INTO feeding_records (feeding_time, food_type, notes) VALUES (?, ?, ?)"
            + " RETURNING id, %s, feeding_time, food_type, notes, created_at, updated_at";

    private final DataSource dataSource;

    LegacyFeedings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public FeedingPage list(int page, int size, boolean withClientId) {
        try (Connection connection = dataSource.getConnection()) {
            List<FeedingView> feedings = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT.formatted(clientId(withClientId)))) {
                select.setInt(1, size);
                select.setLong(2, (long) page * size);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        feedings.add(view(rows));
                    }
                }
            }
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM feeding_records");
                    ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
            return new FeedingPage(true, feedings, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list feeding records", e);
        }
    }

    public FeedingView insert(FeedingContent content, boolean withClientId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT.formatted(clientId(withClientId)))) {
            insert.setTimestamp(1, Timestamp.from(content.feedingTime()));
            insert.setString(2, content.foodType());
            insert.setString(3, content.notes());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return view(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert a feeding record", e);
        }
    }

    private static String clientId(boolean withClientId) {
        return withClientId ? "client_id" : "NULL::uuid AS client_id";
    }

    private static FeedingView view(ResultSet row) throws SQLException {
        return new FeedingView(
                row.getLong("id"),
                row.getObject("client_id", UUID.class),
                row.getTimestamp("feeding_time").toInstant(),
                row.getString("food_type"),
                row.getString("notes"),
                instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("updated_at")),
                null,
                null);
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
