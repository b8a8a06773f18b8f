package io.fieldguide.migration.validation;

import java.util.List;

/** The outcome of {@code GET /api/migrations/validate}: valid when there is nothing to report. */
public record ValidationReport(boolean valid, List<ValidationFinding> findings) {

    public static ValidationReport of(List<ValidationFinding> findings) {
        return new ValidationReport(findings.isEmpty(), List.copyOf(findings));
    }
}
