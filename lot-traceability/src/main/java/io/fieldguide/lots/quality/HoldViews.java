package io.fieldguide.lots.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Quality holds' request and answer bodies. */
public final class HoldViews {

    private HoldViews() {}

    /** A hold on exactly one of a lot or a run. */
    public record PlaceHold(
            @Size(max = 100) String lotCode,
            @Size(max = 100) String batchNumber,
            @NotBlank @Size(max = 2000) String reason) {}

    public record ReleaseHold(@NotBlank @Size(max = 2000) String reason) {}

    public record PalletRef(
            String palletNumber,
            String lotCode,
            String status,
            @Schema(nullable = true, description = "null on a pallet from before the enhancement") String location) {}

    /**
     * A hold with what it quarantines while active: the lots made from what it holds, at any depth,
     * the runs that consumed any of them (in progress or completed: their output is quarantined too
     * once made), the pallets of those lots still here, and the ones already shipped (for a recall).
     */
    public record HoldView(
            long id,
            @Schema(nullable = true, description = "null when the hold is on a run (batchNumber)") String lotCode,
            @Schema(nullable = true, description = "null when the hold is on a lot (lotCode)") String batchNumber,
            String reason,
            String placedBy,
            Instant placedAt,
            boolean active,
            @Schema(nullable = true, description = "null while the hold is active") String releasedBy,
            @Schema(nullable = true, description = "null while the hold is active") Instant releasedAt,
            @Schema(nullable = true, description = "null while the hold is active") String releaseReason,
            List<String> quarantinedLots,
            List<String> consumingRuns,
            List<PalletRef> quarantinedPallets,
            List<PalletRef> shippedPallets) {}
}
