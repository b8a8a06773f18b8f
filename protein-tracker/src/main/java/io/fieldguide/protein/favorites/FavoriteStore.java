package io.fieldguide.protein.favorites;

import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.fieldguide.protein.activity.ActivityLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A user's favourites; every statement is scoped by user_id, as the meals are. */
@ApplicationScoped
public class FavoriteStore {

    private static final String COLUMNS = "id, name, protein_grams, calories, meal_entry_id, created_at";

    private final DataSource dataSource;

    FavoriteStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Favorite> list(String userId) {
        return query("SELECT " + COLUMNS + " FROM favorite_meals WHERE user_id = ? ORDER BY name, id", userId);
    }

    /** The link is only made to the caller's own meal: another user's meal id is refused like a missing one. */
    @Transactional
    public Favorite create(String userId, FavoriteInput input) {
        List<Favorite> created = query(
                "INSERT INTO favorite_meals (user_id, name, protein_grams, calories, meal_entry_id)"
                        + " SELECT ?, ?, ?, ?, m.id FROM (SELECT ?::bigint AS wanted) w"
                        + " LEFT JOIN meal_entries m ON m.id = w.wanted AND m.user_id = ?"
                        + " WHERE w.wanted IS NULL OR m.id IS NOT NULL RETURNING " + COLUMNS,
                userId,
                input.name().trim(),
                input.proteinGrams(),
                input.calories(),
                input.mealId(),
                userId);
        if (created.isEmpty()) {
            throw new InvalidRequestException("mealId", "You have no meal " + input.mealId());
        }
        log(userId, "create", created.get(0).id());
        return created.get(0);
    }

    @Transactional
    public void delete(String userId, long id) {
        if (query("DELETE FROM favorite_meals WHERE user_id = ? AND id = ? RETURNING " + COLUMNS, userId, id)
                .isEmpty()) {
            throw new ResourceNotFoundException("You have no favourite " + id);
        }
        log(userId, "delete", id);
    }

    private void log(String userId, String action, long id) {
        try (Connection connection = dataSource.getConnection()) {
            ActivityLog.record(connection, userId, action, "favorite", Long.toString(id), "{}");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not log the change of favourite " + id, e);
        }
    }

    private List<Favorite> query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Favorite> favorites = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    favorites.add(new Favorite(
                            row.getLong(1),
                            row.getString(2),
                            row.getBigDecimal(3),
                            row.getBigDecimal(4),
                            (Long) row.getObject(5),
                            row.getTimestamp(6).toInstant()));
                }
            }
            return favorites;
        } catch (SQLException e) {
            throw new IllegalStateException("Favourite query failed", e);
        }
    }
}
