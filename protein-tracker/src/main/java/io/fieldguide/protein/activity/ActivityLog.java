package io.fieldguide.protein.activity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes a user's change to {@code activity_logs} in the transaction of the change itself. */
public final class ActivityLog {

    private ActivityLog() {}

    public static void record(
            Connection connection, String userId, String action, String entityType, String entityId, String detailsJson)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO activity_logs (user_id, action, entity_type, entity_id, details)"
                        + " VALUES (?, ?, ?, ?, ?::jsonb)")) {
            insert.setString(1, userId);
            insert.setString(2, action);
            insert.setString(3, entityType);
            insert.setString(4, entityId);
            insert.setString(5, detailsJson);
            insert.executeUpdate();
        }
    }
}
