package io.fieldguide.protein.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.protein.imports.ImportPlan.PlannedFavorite;
import io.fieldguide.protein.imports.ImportPlan.PlannedMeal;
import io.fieldguide.protein.imports.ImportVerification.UserVerification;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Verifies a bulk import after (or while) it runs: each imported line is read again with the
 * import's own rules ({@link ExportReader}, in the zone and at the time its import recorded), and
 * the meals those rules keep are compared with the user's rows, by count and by checksum. The CLI's
 * {@code verify-import} calls {@link #verify(long)}.
 */
@ApplicationScoped
public class BulkImportVerifier {

    private static final String LINES =
            """
            SELECT l.line_no, l.body, l.email, l.user_id, i.report->>'timezone', i.created_at
            FROM import_lines l JOIN imports i ON i.id = l.import_id
            WHERE l.job_id = ? AND l.outcome IN ('imported', 'unchanged') ORDER BY l.line_no
            """;
    /** Days whose summary differs from the sums of that day's meals, or whose summary or meals are missing. */
    private static final String SUMMARIES_WRONG =
            """
            SELECT count(*) FROM
                (SELECT summary_date, total_protein_grams, total_calories, meal_count
                 FROM daily_summaries WHERE user_id = ?) s
            FULL JOIN
                (SELECT meal_date, sum(protein_grams) AS protein, coalesce(sum(calories), 0) AS calories,
                        count(*) AS meals
                 FROM meal_entries WHERE user_id = ? GROUP BY meal_date) m
            ON m.meal_date = s.summary_date
            WHERE (s.total_protein_grams, s.total_calories, s.meal_count) IS DISTINCT FROM (m.protein, m.calories, m.meals)
            """;

    private final DataSource dataSource;
    private final BulkImportReads reads;
    private final ObjectMapper json;

    BulkImportVerifier(DataSource dataSource, BulkImportReads reads, ObjectMapper json) {
        this.dataSource = dataSource;
        this.reads = reads;
        this.json = json;
    }

    /** Every imported user of job {@code jobId} against the database; throws not-found for an unknown job. */
    public ImportVerification verify(long jobId) {
        BulkImportProgress job = reads.progress(jobId);
        List<UserVerification> users = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(LINES)) {
            select.setLong(1, jobId);
            try (ResultSet line = select.executeQuery()) {
                while (line.next()) {
                    users.add(verifyLine(connection, line));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not verify bulk import " + jobId, e);
        }
        int matching = (int) users.stream().filter(UserVerification::matches).count();
        int pending = (int) (job.linesTotal() - job.linesDone());
        return new ImportVerification(
                jobId,
                job.state(),
                pending == 0 && matching == users.size(),
                users.size(),
                matching,
                (int) job.linesRejected(),
                pending,
                users);
    }

    private UserVerification verifyLine(Connection connection, ResultSet line)
            throws SQLException, JsonProcessingException {
        String userId = line.getString(4);
        LocalStorageExport export = json.readValue(line.getString(2), LocalStorageExport.class);
        Instant importedAt = line.getTimestamp(6).toInstant();
        ImportPlan plan = ExportReader.read(export, ZoneId.of(line.getString(5)), importedAt);

        Map<String, String> source = new HashMap<>();
        for (PlannedMeal meal : plan.meals()) {
            source.put(
                    meal.sourceId(),
                    canonical(
                            meal.sourceId(),
                            meal.description(),
                            meal.protein(),
                            meal.calories(),
                            meal.mealType(),
                            meal.time(),
                            meal.day().toString()));
        }
        Map<String, String> stored =
                storedMeals(connection, userId, source.keySet().toArray());
        int missing = 0;
        int differing = 0;
        for (Map.Entry<String, String> meal : source.entrySet()) {
            String row = stored.get(meal.getKey());
            if (row == null) {
                missing++;
            } else if (!row.equals(meal.getValue())) {
                differing++;
            }
        }
        String[] favoriteIds =
                plan.favorites().stream().map(PlannedFavorite::sourceId).toArray(String[]::new);
        int favoritesStored = count(
                connection,
                "SELECT count(*) FROM favorite_meals WHERE user_id = ? AND source_id = ANY (?::text[])",
                userId,
                favoriteIds);
        int summariesWrong = count(connection, SUMMARIES_WRONG, userId, userId);
        String sourceChecksum = checksum(source.values());
        String databaseChecksum = checksum(stored.values());
        boolean matches = missing == 0
                && differing == 0
                && stored.size() == source.size()
                && sourceChecksum.equals(databaseChecksum)
                && favoritesStored == favoriteIds.length
                && summariesWrong == 0;
        return new UserVerification(
                line.getInt(1),
                line.getString(3),
                userId,
                source.size(),
                stored.size(),
                missing,
                differing,
                sourceChecksum,
                databaseChecksum,
                favoriteIds.length,
                favoritesStored,
                summariesWrong,
                matches);
    }

    private static Map<String, String> storedMeals(Connection connection, String userId, Object[] sourceIds)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source_id, description, protein_grams, calories, meal_type, meal_timestamp, meal_date"
                        + " FROM meal_entries WHERE user_id = ? AND source_id = ANY (?::text[])")) {
            select.setString(1, userId);
            select.setArray(2, connection.createArrayOf("text", sourceIds));
            Map<String, String> rows = new HashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.put(
                            row.getString(1),
                            canonical(
                                    row.getString(1),
                                    row.getString(2),
                                    row.getBigDecimal(3),
                                    row.getBigDecimal(4),
                                    row.getString(5),
                                    row.getTimestamp(6).toInstant(),
                                    row.getString(7)));
                }
            }
            return rows;
        }
    }

    /** One meal as one line of the checksum: the same text whether read from the source or the database. */
    static String canonical(
            String sourceId,
            String description,
            BigDecimal protein,
            BigDecimal calories,
            String mealType,
            Instant time,
            String day) {
        return String.join(
                "\t",
                sourceId,
                description,
                protein.stripTrailingZeros().toPlainString(),
                calories == null ? "" : calories.stripTrailingZeros().toPlainString(),
                mealType == null ? "" : mealType,
                Long.toString(time.toEpochMilli()),
                day);
    }

    static String checksum(java.util.Collection<String> lines) {
        return ExportLineImporter.sha256(
                String.join("\n", lines.stream().sorted().toList()));
    }

    private static int count(Connection connection, String sql, String userId, Object second) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, userId);
            if (second instanceof String[] ids) {
                select.setArray(2, connection.createArrayOf("text", ids));
            } else {
                select.setObject(2, second);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
