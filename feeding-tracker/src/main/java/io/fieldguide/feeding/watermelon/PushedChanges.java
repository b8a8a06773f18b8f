package io.fieldguide.feeding.watermelon;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** WatermelonDB's changes object as {@code pushChanges} sends it (the body is the object itself). */
@Schema(name = "WatermelonPushedChanges")
public record PushedChanges(@JsonProperty(AppSchema.TABLE) @Valid Table feedingRecords) {

    @Schema(name = "WatermelonPushedTable")
    public record Table(List<@Valid PushedFeeding> created, List<@Valid PushedFeeding> updated, List<String> deleted) {

        public List<PushedFeeding> createdOrEmpty() {
            return created == null ? List.of() : created;
        }

        public List<PushedFeeding> updatedOrEmpty() {
            return updated == null ? List.of() : updated;
        }

        public List<String> deletedOrEmpty() {
            return deleted == null ? List.of() : deleted;
        }
    }

    public Table tableOrEmpty() {
        return feedingRecords == null ? new Table(null, null, null) : feedingRecords;
    }
}
