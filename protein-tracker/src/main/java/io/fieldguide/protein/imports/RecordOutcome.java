package io.fieldguide.protein.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What became of one input record.
 *
 * @param record where it was in the export, e.g. {@code meals[3]}
 * @param id the record's id (the export's, or the one derived from its content)
 * @param outcome imported, already_imported (by an earlier import: nothing written), merged or rejected
 * @param duplicateOf for merged: the id of the record it was merged into
 * @param reason for merged and rejected: why
 * @param notes what was changed or left out while importing it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "What became of one input record")
public record RecordOutcome(
        String record,
        String id,
        @Schema(enumeration = {"imported", "already_imported", "merged", "rejected"}) String outcome,
        String duplicateOf,
        String reason,
        List<String> notes) {

    static final String IMPORTED = "imported";
    static final String ALREADY_IMPORTED = "already_imported";
    static final String MERGED = "merged";
    static final String REJECTED = "rejected";

    static RecordOutcome rejected(String record, String id, String reason) {
        return new RecordOutcome(record, id, REJECTED, null, reason, List.of());
    }

    static RecordOutcome merged(String record, String id, String duplicateOf, String reason) {
        return new RecordOutcome(record, id, MERGED, duplicateOf, reason, List.of());
    }
}
