package io.fieldguide.lots.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One audited change: which row, what happened, the values before and after, who and when. */
public record AuditEntry(
        long id,
        String tableName,
        long recordId,
        String action,
        JsonNode oldValues,
        JsonNode newValues,
        String changedBy,
        Instant changedAt) {}
