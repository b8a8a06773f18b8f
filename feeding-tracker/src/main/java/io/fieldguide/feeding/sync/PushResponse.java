package io.fieldguide.feeding.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldguide.feeding.records.FeedingView;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a push did with each change: {@code applied} (created, updated, deleted, with the new
 * version), {@code unchanged} (the server already had exactly this: a repeated push), and
 * {@code conflicts}, never applied, each with the server's copy for the client to merge.
 */
public record PushResponse(List<Applied> applied, List<UUID> unchanged, List<Conflict> conflicts) {

    public record Applied(@JsonProperty("client_id") UUID clientId, String operation, long version) {}

    /**
     * @param reason {@code stale_version} (edited from an older version), {@code already_exists}
     *     (created offline, but the server has a different record with this client_id) or
     *     {@code deleted} (the record was deleted; it is not revived)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Conflict(
            @JsonProperty("client_id") UUID clientId,
            String reason,
            @Schema(nullable = true) @JsonProperty("base_version") Long baseVersion,
            @Schema(nullable = true, description = "null when the record is gone (reason deleted)")
                    @JsonProperty("server_record")
                    FeedingView serverRecord) {}
}
