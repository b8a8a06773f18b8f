package io.fieldguide.protein.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.protein.imports.ImportPlan.PlannedFavorite;
import io.fieldguide.protein.imports.ImportPlan.PlannedMeal;
import io.fieldguide.protein.imports.ImportPlan.PlannedSettings;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The import's statements, each set-based: one INSERT for all meals, one for their analyses, one
 * for all favourites, each {@code ON CONFLICT DO NOTHING} on (user_id, source_id) so that what an
 * earlier import wrote is recognised and left alone. Values travel as text arrays and are cast by
 * PostgreSQL, which also checks them against the table's constraints.
 */
final class ImportWriter {

    record FavoritesWritten(Set<String> inserted, Set<String> unlinked) {}

    private final Connection connection;
    private final String userId;

    ImportWriter(Connection connection, String userId) {
        this.connection = connection;
        this.userId = userId;
    }

    void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            statement.execute();
        }
    }

    ZoneId profileZone() throws SQLException {
        List<String> zones = strings("SELECT timezone FROM user_profiles WHERE user_id = ?", userId);
        try {
            return zones.isEmpty() ? ZoneOffset.UTC : ZoneId.of(zones.get(0));
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /**
     * True when the profile was created or any of its values changed. One upsert: a value the
     * export does not give (null) keeps the profile's, and a profile whose values are all the same
     * is not touched (the update's WHERE), so executeUpdate counts only real changes.
     */
    boolean settings(PlannedSettings settings) throws SQLException {
        Object[] values = {
            settings.proteinGoal(),
            settings.calorieGoal(),
            settings.weightKg(),
            settings.heightCm(),
            settings.activityLevel(),
            settings.timezone(),
            settings.theme()
        };
        String newValues = "coalesce(?::numeric, p.daily_protein_goal), coalesce(?::numeric, p.daily_calorie_goal),"
                + " coalesce(?::numeric, p.weight_kg), coalesce(?::numeric, p.height_cm),"
                + " coalesce(?::text, p.activity_level), coalesce(?::text, p.timezone), coalesce(?::text, p.theme)";
        String sql = "INSERT INTO user_profiles AS p (user_id, daily_protein_goal, daily_calorie_goal, weight_kg,"
                + " height_cm, activity_level, timezone, theme)"
                + " VALUES (?, ?::numeric, ?::numeric, ?::numeric, ?::numeric, ?::text, coalesce(?::text, 'UTC'), ?::text)"
                + " ON CONFLICT (user_id) DO UPDATE SET (daily_protein_goal, daily_calorie_goal, weight_kg, height_cm,"
                + " activity_level, timezone, theme) = (" + newValues + "), updated_at = now()"
                + " WHERE (" + newValues + ") IS DISTINCT FROM (p.daily_protein_goal,"
                + " p.daily_calorie_goal, p.weight_kg, p.height_cm, p.activity_level, p.timezone, p.theme)";
        List<Object> parameters = new ArrayList<>();
        parameters.add(userId);
        for (int round = 0; round < 3; round++) {
            for (Object value : values) {
                parameters.add(value);
            }
        }
        try (PreparedStatement upsert = prepare(sql, parameters.toArray())) {
            return upsert.executeUpdate() > 0;
        }
    }

    /** The source ids of the meals this import inserted (the others were there already). */
    Set<String> meals(List<PlannedMeal> meals) throws SQLException {
        if (meals.isEmpty()) {
            return Set.of();
        }
        String sql = "INSERT INTO meal_entries (user_id, source_id, description, protein_grams, calories, meal_type,"
                + " meal_timestamp, meal_date)"
                + " SELECT ?, m.s, m.d, m.p::numeric, m.c::numeric, m.t, m.ts::timestamptz, m.md::date"
                + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
                + " AS m (s, d, p, c, t, ts, md)"
                + " ON CONFLICT (user_id, source_id) DO NOTHING RETURNING source_id";
        return new HashSet<>(strings(
                sql,
                userId,
                array(meals, PlannedMeal::sourceId),
                array(meals, PlannedMeal::description),
                array(meals, m -> plain(m.protein())),
                array(meals, m -> plain(m.calories())),
                array(meals, PlannedMeal::mealType),
                array(meals, m -> m.time().toString()),
                array(meals, m -> m.day().toString())));
    }

    void analyses(List<PlannedMeal> meals, Set<String> inserted, ObjectMapper json)
            throws SQLException, JsonProcessingException {
        List<PlannedMeal> analysed = meals.stream()
                .filter(m -> m.hasAnalysis() && inserted.contains(m.sourceId()))
                .toList();
        if (analysed.isEmpty()) {
            return;
        }
        List<String> foods = new ArrayList<>();
        for (PlannedMeal meal : analysed) {
            foods.add(json.writeValueAsString(meal.analysisFoods()));
        }
        execute(
                "INSERT INTO meal_analyses (meal_entry_id, confidence, foods)"
                        + " SELECT m.id, a.c::numeric, a.f::jsonb FROM unnest(?::text[], ?::text[], ?::text[]) AS a (s, c, f)"
                        + " JOIN meal_entries m ON m.user_id = ? AND m.source_id = a.s"
                        + " ON CONFLICT (meal_entry_id) DO NOTHING",
                array(analysed, PlannedMeal::sourceId),
                array(analysed, m -> plain(m.analysisConfidence())),
                connection.createArrayOf("text", foods.toArray()),
                userId);
    }

    FavoritesWritten favorites(List<PlannedFavorite> favorites) throws SQLException {
        if (favorites.isEmpty()) {
            return new FavoritesWritten(Set.of(), Set.of());
        }
        Set<String> known = new HashSet<>(strings(
                "SELECT source_id FROM meal_entries WHERE user_id = ? AND source_id = ANY (?::text[])",
                userId,
                array(favorites, PlannedFavorite::mealSourceId)));
        Set<String> unlinked = new HashSet<>();
        for (PlannedFavorite favorite : favorites) {
            if (favorite.mealSourceId() != null && !known.contains(favorite.mealSourceId())) {
                unlinked.add(favorite.sourceId());
            }
        }
        String sql = "INSERT INTO favorite_meals (user_id, source_id, name, protein_grams, calories, meal_entry_id)"
                + " SELECT ?, f.s, f.n, f.p::numeric, f.c::numeric, m.id"
                + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS f (s, n, p, c, ms)"
                + " LEFT JOIN meal_entries m ON m.user_id = ? AND m.source_id = f.ms"
                + " ON CONFLICT (user_id, source_id) DO NOTHING RETURNING source_id";
        Set<String> inserted = new HashSet<>(strings(
                sql,
                userId,
                array(favorites, PlannedFavorite::sourceId),
                array(favorites, PlannedFavorite::name),
                array(favorites, f -> plain(f.protein())),
                array(favorites, f -> plain(f.calories())),
                array(favorites, PlannedFavorite::mealSourceId),
                userId));
        return new FavoritesWritten(inserted, unlinked);
    }

    /**
     * The import's row with its report, and its activity-log entry when it changed anything, in one
     * statement (the bulk import runs this once per line, and round trips were a third of its time):
     * the id is drawn first so that the stored report names it ({@code importId} of
     * {@code reportJson} is replaced).
     */
    long saveImport(String sourceSha256, String reportJson, ImportReport report) throws SQLException {
        String sql =
                """
                WITH new_import AS (SELECT nextval(pg_get_serial_sequence('imports', 'id')) AS id),
                saved AS (
                    INSERT INTO imports (id, user_id, source_sha256, status, report) OVERRIDING SYSTEM VALUE
                    SELECT id, ?, ?, ?, jsonb_set(?::jsonb, '{importId}', to_jsonb(id)) FROM new_import
                    RETURNING id
                ), logged AS (
                    INSERT INTO activity_logs (user_id, action, entity_type, entity_id, details)
                    SELECT ?, 'import', 'import', id::text,
                        jsonb_build_object('meals_imported', ?::int, 'favorites_imported', ?::int)
                    FROM saved WHERE ?::boolean
                )
                SELECT id FROM saved""";
        return Long.parseLong(strings(
                        sql,
                        userId,
                        sourceSha256,
                        report.changed() ? "completed" : "unchanged",
                        reportJson,
                        userId,
                        report.meals().imported(),
                        report.favorites().imported(),
                        report.changed())
                .get(0));
    }

    private <T> java.sql.Array array(List<T> rows, Function<T, String> column) throws SQLException {
        return connection.createArrayOf("text", rows.stream().map(column).toArray());
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    private List<String> strings(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepare(sql, parameters);
                ResultSet rows = query.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(Objects.toString(rows.getObject(1), null));
            }
            return values;
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
