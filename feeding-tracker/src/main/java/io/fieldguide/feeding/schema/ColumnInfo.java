package io.fieldguide.feeding.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The guide's {@code column_info}: the client_id column as the catalog describes it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ColumnInfo(
        String name,
        String type,
        boolean nullable,
        @Schema(nullable = true) @JsonProperty("default") String defaultValue) {}
