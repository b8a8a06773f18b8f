package io.fieldguide.protein.imports;

/**
 * How an import keeps daily_summaries: set-based (one recompute per statement of the touched days,
 * the default) or the guide's per-row trigger, kept selectable so that a benchmark can run the same
 * import both ways. The value is the {@code protein.daily_summaries} setting the triggers read.
 */
enum DailySummaryMode {
    SET_BASED("set-based"),
    PER_ROW("per-row");

    private final String setting;

    DailySummaryMode(String setting) {
        this.setting = setting;
    }

    String setting() {
        return setting;
    }

    static DailySummaryMode of(String setting) {
        for (DailySummaryMode mode : values()) {
            if (mode.setting.equals(setting)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(
                "protein.imports.daily-summaries must be set-based or per-row, was \"" + setting + "\"");
    }
}
