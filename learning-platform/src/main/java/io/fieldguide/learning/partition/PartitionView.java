package io.fieldguide.learning.partition;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One partition of {@code attempts}: its name, its bounds as PostgreSQL states them, its size. */
public record PartitionView(
        String name,
        @JsonProperty("bounds") String bounds,
        @JsonProperty("estimated_rows") long estimatedRows,
        @JsonProperty("total_bytes") long totalBytes) {}
