package io.fieldguide.lots.receiving;

import io.fieldguide.lots.quality.QualityStatus;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Receiving's request and answer bodies. */
public final class LotViews {

    private LotViews() {}

    /**
     * A lot received from a supplier, with FSMA 204's receiving key data elements (21 CFR 1.1345):
     * the traceability lot code, quantity and unit, product (the ingredient), the immediate previous
     * source, the receiving location, the date, the TLC source and the reference document.
     */
    public record ReceiveLot(
            @NotNull @Positive Long ingredientId,
            @NotBlank @Size(max = 100) String lotCode,
            @NotBlank @Size(max = 200) String supplierName,
            @Size(max = 100) String supplierLotCode,
            @NotBlank @Size(max = 500) String tlcSource,
            @NotNull OffsetDateTime receivedAt,
            LocalDate expiryDate,
            @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
            @NotBlank @Size(max = 20) String unitOfMeasure,
            QualityStatus qualityStatus,
            @NotBlank @Size(max = 500) String receivingLocation,
            @NotBlank @Size(max = 500) String immediatePreviousSource,
            @NotBlank @Size(max = 50) String referenceDocumentType,
            @NotBlank @Size(max = 100) String referenceDocumentNumber) {}

    /** Quantity lost (spilt, torn, spoilt): it leaves the lot's stock and is counted as scrapped, with why. */
    public record Scrap(
            @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
            @NotNull @Schema(description = "UNRECORDED is refused: it marks scraps from before reasons were recorded")
                    ScrapReason reason,
            @Size(max = 2000) @Schema(nullable = true, description = "required when the reason is OTHER")
                    String note) {}

    /** One write-off of a lot, as recorded. */
    public record ScrapView(
            BigDecimal quantity,
            String unitOfMeasure,
            ScrapReason reason,
            @Schema(nullable = true, description = "null when none was given") String note,
            String scrappedBy,
            Instant scrappedAt) {}

    /** Where a lot's quantity went: received = consumed + shipped + scrapped + on hand. */
    public record Balance(
            BigDecimal received,
            BigDecimal consumed,
            BigDecimal shipped,
            BigDecimal scrapped,
            BigDecimal onHand,
            BigDecimal packedOnPallets,
            BigDecimal available) {}

    public record LotView(
            long id,
            String lotCode,
            long ingredientId,
            String ingredientName,
            @Schema(
                            nullable = true,
                            description = "null for a lot the bakery made (producedByBatchNumber names its run)")
                    String supplierName,
            @Schema(nullable = true, description = "null when the supplier gave none, and for a lot the bakery made")
                    String supplierLotCode,
            String tlcSource,
            Instant receivedAt,
            @Schema(nullable = true, description = "null when none was given") LocalDate expiryDate,
            String unitOfMeasure,
            LotStatus status,
            QualityStatus qualityStatus,
            @Schema(nullable = true, description = "null for a lot received from a supplier")
                    String producedByBatchNumber,
            Balance balance,
            @Schema(description = "Every write-off, oldest first; their quantities add up to balance.scrapped")
                    List<ScrapView> scraps,
            boolean blocked,
            List<Long> blockingHoldIds) {}
}
