package io.fieldguide.feeding.watermelon;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What WatermelonDB's {@code pullChanges} returns: the changes per table and the server's
 * {@code timestamp}, which the client sends back as {@code last_pulled_at}.
 */
@Schema(name = "WatermelonPullResult")
public record PullResult(
        Changes changes,
        @Schema(
                        description =
                                "The server's position (the transaction horizon), not a clock: pass it back as last_pulled_at")
                long timestamp) {

    @Schema(name = "WatermelonPulledChanges")
    public record Changes(@JsonProperty(AppSchema.TABLE) Table feedingRecords) {}

    /** {@code created} stays empty: records come as {@code updated} (see WatermelonPullService). */
    @Schema(name = "WatermelonPulledTable")
    public record Table(
            @Schema(description = "Always empty: use sendCreatedAsUpdated: true") List<RawFeeding> created,
            List<RawFeeding> updated,
            @Schema(description = "Ids of deleted records") List<String> deleted) {}
}
