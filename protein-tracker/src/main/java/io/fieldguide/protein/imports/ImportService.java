package io.fieldguide.protein.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.protein.imports.ImportPlan.PlannedFavorite;
import io.fieldguide.protein.imports.ImportPlan.PlannedMeal;
import io.fieldguide.protein.imports.ImportReport.OutcomeCounts;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports one user's export in one transaction: nothing is written unless all of it is. Per user
 * imports are serialised by an advisory lock, so two concurrent imports of the same export give one
 * import and one "nothing changed". Daily summaries are recomputed set-based, once per statement
 * ({@code protein.imports.daily-summaries=per-row} brings back the guide's per-row trigger, for the
 * benchmark that compares the two on the same import).
 */
@ApplicationScoped
public class ImportService {

    /** pg_advisory_xact_lock(IMPORT_LOCK, hashtext(user_id)): one import per user at a time. */
    private static final int IMPORT_LOCK = 20021;

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final DailySummaryMode summaries;

    ImportService(
            DataSource dataSource,
            ObjectMapper json,
            @ConfigProperty(name = "protein.imports.daily-summaries", defaultValue = "set-based") String summaries) {
        this.dataSource = dataSource;
        this.json = json;
        this.summaries = DailySummaryMode.of(summaries);
    }

    @Transactional
    public ImportReport importExport(String userId, LocalStorageExport export, String sourceSha256) {
        try (Connection connection = dataSource.getConnection()) {
            return importInto(connection, userId, export, sourceSha256);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Import failed", e);
        }
    }

    /**
     * The import on the caller's connection and inside its transaction, which the caller commits or
     * rolls back: the bulk import runs one per NDJSON line inside its batch's transaction.
     */
    ImportReport importInto(Connection connection, String userId, LocalStorageExport export, String sourceSha256)
            throws SQLException, JsonProcessingException {
        ImportWriter writer = new ImportWriter(connection, userId);
        // One round trip for both (the bulk import runs this once per line): the lock, then the
        // transaction-local setting the summary triggers read.
        writer.execute(
                "SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ", hashtext(?)),"
                        + " set_config('protein.daily_summaries', ?, true)",
                userId,
                summaries.setting());
        ZoneId profileZone = writer.profileZone();
        ImportPlan plan = ExportReader.read(export, profileZone, Instant.now());

        List<RecordOutcome> outcomes = new ArrayList<>(plan.decided());
        if (plan.settings() != null) {
            boolean changed = writer.settings(plan.settings());
            outcomes.add(written(
                    plan.settings().record(), null, changed, plan.settings().notes()));
        }
        Set<String> newMeals = writer.meals(plan.meals());
        for (PlannedMeal meal : plan.meals()) {
            outcomes.add(written(meal.record(), meal.sourceId(), newMeals.contains(meal.sourceId()), meal.notes()));
        }
        writer.analyses(plan.meals(), newMeals, json);
        ImportWriter.FavoritesWritten favorites = writer.favorites(plan.favorites());
        for (PlannedFavorite favorite : plan.favorites()) {
            List<String> notes = new ArrayList<>(favorite.notes());
            if (favorites.unlinked().contains(favorite.sourceId())) {
                notes.add(
                        "meal " + favorite.mealSourceId() + " is not among the imported meals: kept without the link");
            }
            outcomes.add(written(
                    favorite.record(), favorite.sourceId(), favorites.inserted().contains(favorite.sourceId()), notes));
        }
        outcomes.sort(RECORD_ORDER);

        boolean changed = outcomes.stream().anyMatch(o -> o.outcome().equals(RecordOutcome.IMPORTED));
        ImportReport unsaved = new ImportReport(
                0,
                changed,
                changed
                        ? "Imported; every input record's outcome is listed"
                        : "Nothing changed: every record was already imported, merged or rejected",
                plan.zone().getId(),
                OutcomeCounts.of(outcomes, "meals["),
                OutcomeCounts.of(outcomes, "favoriteMeals["),
                OutcomeCounts.of(outcomes, SettingsReader.RECORD),
                outcomes);
        long importId = writer.saveImport(sourceSha256, json.writeValueAsString(unsaved), unsaved);
        ImportReport report = unsaved.withImportId(importId);
        Log.infof(
                "Import %d for user %s: meals %s, favourites %s", importId, userId, report.meals(), report.favorites());
        return report;
    }

    private static RecordOutcome written(String record, String id, boolean inserted, List<String> notes) {
        return new RecordOutcome(
                record, id, inserted ? RecordOutcome.IMPORTED : RecordOutcome.ALREADY_IMPORTED, null, null, notes);
    }

    /**
     * Meals, then favourites, then settings, each in input order. Compared by numbers read from the
     * record's name: a sort calls this hundreds of times per export, so nothing is formatted.
     */
    private static final Comparator<RecordOutcome> RECORD_ORDER = Comparator.comparingInt(
                    (RecordOutcome outcome) -> kind(outcome.record()))
            .thenComparingInt(outcome -> index(outcome.record()))
            .thenComparing(RecordOutcome::record);

    private static int kind(String record) {
        return record.indexOf('[') < 0 ? 3 : record.startsWith("meals") ? 1 : 2;
    }

    private static int index(String record) {
        int bracket = record.indexOf('[');
        return bracket < 0 ? 0 : Integer.parseInt(record, bracket + 1, record.length() - 1, 10);
    }

    static Set<String> set(List<String> values) {
        return new HashSet<>(values);
    }
}
