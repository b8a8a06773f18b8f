package io.fieldguide.protein.exports;

import io.fieldguide.protein.activity.ActivityLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * A user's meals as CSV or PDF, each export recorded in {@code data_exports} (rows, bytes,
 * SHA-256) and in the activity log, in the transaction that read the meals.
 */
@ApplicationScoped
public class MealExports {

    private final DataSource dataSource;

    MealExports(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public byte[] csv(String userId, LocalDate from, LocalDate to) {
        List<ExportedMeal> meals = meals(userId, from, to);
        return recorded(userId, "csv", from, to, meals.size(), MealCsv.write(meals));
    }

    @Transactional
    public byte[] pdf(String userId, String email, LocalDate from, LocalDate to) {
        List<ExportedMeal> meals = meals(userId, from, to);
        return recorded(userId, "pdf", from, to, meals.size(), MealPdf.write(email, from, to, meals));
    }

    public List<DataExport> recent(String userId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, format, range_from, range_to, row_count, byte_count, sha256, created_at"
                                + " FROM data_exports WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT 100")) {
            select.setString(1, userId);
            List<DataExport> exports = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    exports.add(new DataExport(
                            row.getLong(1),
                            row.getString(2),
                            row.getObject(3, LocalDate.class),
                            row.getObject(4, LocalDate.class),
                            row.getLong(5),
                            row.getLong(6),
                            row.getString(7),
                            row.getTimestamp(8).toInstant()));
                }
            }
            return exports;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the exports", e);
        }
    }

    private List<ExportedMeal> meals(String userId, LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT meal_date, meal_timestamp, description, protein_grams, calories, meal_type, id"
                                + " FROM meal_entries WHERE user_id = ? AND (?::date IS NULL OR meal_date >= ?::date)"
                                + " AND (?::date IS NULL OR meal_date <= ?::date) ORDER BY meal_timestamp, id")) {
            select.setString(1, userId);
            select.setObject(2, from);
            select.setObject(3, from);
            select.setObject(4, to);
            select.setObject(5, to);
            List<ExportedMeal> meals = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    meals.add(new ExportedMeal(
                            row.getObject(1, LocalDate.class),
                            row.getTimestamp(2).toInstant(),
                            row.getString(3),
                            row.getBigDecimal(4),
                            row.getBigDecimal(5),
                            row.getString(6),
                            row.getLong(7)));
                }
            }
            return meals;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the meals to export", e);
        }
    }

    private byte[] recorded(String userId, String format, LocalDate from, LocalDate to, int rows, byte[] bytes) {
        String sha256 = sha256(bytes);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO data_exports (user_id, format, range_from, range_to, row_count, byte_count, sha256)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, userId);
            insert.setString(2, format);
            insert.setObject(3, from);
            insert.setObject(4, to);
            insert.setLong(5, rows);
            insert.setLong(6, bytes.length);
            insert.setString(7, sha256);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                ActivityLog.record(
                        connection,
                        userId,
                        "export",
                        "data_export",
                        Long.toString(id.getLong(1)),
                        "{\"format\": \"" + format + "\", \"rows\": " + rows + "}");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the export", e);
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
