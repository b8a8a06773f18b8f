package io.fieldguide.feeding.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldguide.feeding.records.FeedingView;
import java.util.List;
import java.util.UUID;

/**
 * One page of changes since the client's cursor, in WatermelonDB's shape: records created and
 * updated (whole records) and the client_ids deleted. {@code cursor} goes into the next pull;
 * {@code has_more} says whether to pull again right away.
 */
public record PullResponse(Changes changes, String cursor, @JsonProperty("has_more") boolean hasMore) {

    public record Changes(List<FeedingView> created, List<FeedingView> updated, List<UUID> deleted) {}
}
