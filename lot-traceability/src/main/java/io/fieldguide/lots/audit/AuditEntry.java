package io.fieldguide.lots.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audited change: which row, what happened, the values before and after, who and when. */
public record AuditEntry(
        long id,
        String tableName,
        long recordId,
        String action,
        @Schema(
                        implementation = Object.class,
                        type = SchemaType.OBJECT,
                        additionalProperties = Schema.True.class,
                        nullable = true,
                        description = "The row before the change, its columns by name; null for an INSERT")
                JsonNode oldValues,
        @Schema(
                        implementation = Object.class,
                        type = SchemaType.OBJECT,
                        additionalProperties = Schema.True.class,
                        nullable = true,
                        description = "The row after the change, its columns by name; null for a DELETE")
                JsonNode newValues,
        String changedBy,
        Instant changedAt) {}
