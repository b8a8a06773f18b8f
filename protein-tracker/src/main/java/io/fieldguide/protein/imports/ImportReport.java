package io.fieldguide.protein.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The import's account of every input record: counts per kind that add up to the input, and each
 * record's outcome in input order (meals, then favourites, then settings).
 *
 * @param changed false when the import wrote nothing (everything was already imported or rejected)
 */
@Schema(description = "Every input record's outcome; the counts add up to the input's")
public record ImportReport(
        long importId,
        boolean changed,
        String message,
        String timezone,
        OutcomeCounts meals,
        OutcomeCounts favorites,
        OutcomeCounts settings,
        List<RecordOutcome> records) {

    /** The report of the import saved under {@code id}. */
    ImportReport withImportId(long id) {
        return new ImportReport(id, changed, message, timezone, meals, favorites, settings, records);
    }

    /** input = imported + alreadyImported + merged + rejected. */
    public record OutcomeCounts(int input, int imported, int alreadyImported, int merged, int rejected) {

        static OutcomeCounts of(List<RecordOutcome> outcomes, String prefix) {
            List<RecordOutcome> mine =
                    outcomes.stream().filter(o -> o.record().startsWith(prefix)).toList();
            return new OutcomeCounts(
                    mine.size(),
                    count(mine, RecordOutcome.IMPORTED),
                    count(mine, RecordOutcome.ALREADY_IMPORTED),
                    count(mine, RecordOutcome.MERGED),
                    count(mine, RecordOutcome.REJECTED));
        }

        private static int count(List<RecordOutcome> outcomes, String outcome) {
            return (int)
                    outcomes.stream().filter(o -> o.outcome().equals(outcome)).count();
        }
    }
}
