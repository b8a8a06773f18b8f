package io.fieldguide.protein.exports;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An export as recorded in data_exports: what was exported, how big, and its SHA-256. */
@Schema(description = "A recorded export")
public record DataExport(
        long id,
        @Schema(enumeration = {"csv", "pdf"}) String format,
        @Schema(nullable = true) LocalDate rangeFrom,
        @Schema(nullable = true) LocalDate rangeTo,
        long rowCount,
        long byteCount,
        String sha256,
        Instant createdAt) {}
