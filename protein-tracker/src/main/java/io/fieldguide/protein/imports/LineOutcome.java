package io.fieldguide.protein.imports;

import io.fieldguide.protein.imports.ImportReport.OutcomeCounts;

/**
 * What became of one NDJSON line: imported (something written), unchanged (all there already) or
 * rejected as a whole with its reason (nothing written).
 */
record LineOutcome(String outcome, String reason, String email, String userId, Long importId, OutcomeCounts meals) {

    static final String IMPORTED = "imported";
    static final String UNCHANGED = "unchanged";
    static final String REJECTED = "rejected";

    private static final OutcomeCounts NO_MEALS = new OutcomeCounts(0, 0, 0, 0, 0);

    static LineOutcome rejected(String email, String reason) {
        return new LineOutcome(REJECTED, reason, email, null, null, NO_MEALS);
    }

    static LineOutcome of(String email, String userId, ImportReport report) {
        return new LineOutcome(
                report.changed() ? IMPORTED : UNCHANGED, null, email, userId, report.importId(), report.meals());
    }
}
