package io.fieldguide.migration.console;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a {@link ConsolePanel} shows: a summary line and a table whose rows may carry a state (for
 * their colour and a word that says it without colour) and a progress percentage.
 */
@Schema(description = "A module panel's content: a summary and a table")
public record PanelView(String summary, List<String> columns, List<Row> rows) {

    public PanelView {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException(
                        "a row has " + row.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    public static PanelView table(String summary, List<String> columns, List<Row> rows) {
        return new PanelView(summary, columns, rows);
    }

    /** How a row reads at a glance; the console shows the word as well as the colour. */
    public enum State {
        DONE,
        RUNNING,
        PENDING,
        FAILED,
        INFO;

        @JsonValue
        public String wireName() {
            return name().toLowerCase();
        }
    }

    @Schema(description = "One row: its cells in column order, its state, and optionally a progress percentage")
    public record Row(
            State state,
            List<String> cells,
            @Schema(nullable = true, description = "0 to 100; null when the row has no progress") Double percent) {

        public Row {
            cells = cells.stream().map(cell -> cell == null ? "" : cell).toList();
            if (percent != null && !(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("percent must be 0 to 100, was " + percent);
            }
        }

        public static Row of(State state, String... cells) {
            return new Row(state, Arrays.asList(cells), null);
        }

        public Row withPercent(double value) {
            return new Row(state, cells, value);
        }
    }
}
