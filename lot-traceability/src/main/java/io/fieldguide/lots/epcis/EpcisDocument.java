package io.fieldguide.lots.epcis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A GS1 EPCIS 2.0 document in its JSON-LD binding, as far as this service fills it: the members are
 * named as the standard names them (validated in the tests against GS1's JSON Schema).
 */
@Schema(name = "EpcisDocument", description = "GS1 EPCIS 2.0 EPCISDocument (JSON/JSON-LD binding)")
@JsonPropertyOrder({"@context", "type", "schemaVersion", "creationDate", "epcisBody"})
public record EpcisDocument(
        @JsonProperty("@context") @Schema(description = "The EPCIS 2.0 JSON-LD context") List<String> context,
        @Schema(enumeration = "EPCISDocument") String type,
        @Schema(example = "2.0") String schemaVersion,
        Instant creationDate,
        Body epcisBody) {

    /** EPCIS 2.0's JSON-LD media type; plain application/json is served too. */
    public static final String JSON_LD = "application/ld+json";

    /** The standard context of GS1's EPCIS 2.0 (it defines the CBV names and the cbvmda: prefix). */
    public static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    public static EpcisDocument of(Instant creationDate, List<Event> events) {
        return new EpcisDocument(List.of(CONTEXT), "EPCISDocument", "2.0", creationDate, new Body(events));
    }

    public record Body(List<Event> eventList) {}

    /**
     * One event of the three kinds used here; members that a kind does not have are left out of the
     * JSON (never sent as null): see each member's description.
     */
    @Schema(name = "EpcisEvent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "eventID", "eventTime", "eventTimeZoneOffset", "recordTime", "action"})
    public record Event(
            @Schema(enumeration = {"ObjectEvent", "TransformationEvent", "AggregationEvent"}) String type,
            @JsonProperty("eventID") String eventId,
            Instant eventTime,
            @Schema(example = "+00:00") String eventTimeZoneOffset,
            Instant recordTime,
            @Schema(
                            enumeration = {"OBSERVE", "ADD"},
                            description = "ObjectEvent and AggregationEvent only")
                    String action,
            @Schema(description = "CBV business step: receiving, commissioning, packing or shipping") String bizStep,
            @Schema(description = "CBV disposition: in_progress, active or in_transit") String disposition,
            @Schema(description = "Where the event took place; absent on packing (not recorded)") Place readPoint,
            @Schema(description = "Where the goods are after the event; absent on shipping and packing")
                    Place bizLocation,
            @JsonProperty("epcList") @Schema(description = "ObjectEvent of a shipping: the pallet")
                    List<String> epcList,
            @Schema(description = "ObjectEvent only: the lot and its quantity") List<Quantity> quantityList,
            @Schema(description = "TransformationEvent only: each input lot with the quantity used")
                    List<Quantity> inputQuantityList,
            @Schema(description = "TransformationEvent only: the new lot") List<Quantity> outputQuantityList,
            @JsonProperty("transformationID") @Schema(description = "TransformationEvent only: the production run")
                    String transformationId,
            @JsonProperty("parentID") @Schema(description = "AggregationEvent only: the pallet") String parentId,
            @Schema(description = "AggregationEvent only: the lot packed and its quantity")
                    List<Quantity> childQuantityList,
            List<BizTransaction> bizTransactionList,
            @Schema(description = "Receiving: the immediate previous source and the TLC source")
                    List<Source> sourceList,
            @Schema(description = "Shipping: the customer and the ship-to location") List<Destination> destinationList,
            @Schema(description = "TransformationEvent only: master data of the new lot") Ilmd ilmd) {}

    public record Place(String id) {}

    /** A quantity of a lot (its EPC class), in a UN/ECE Recommendation 20 unit. */
    public record Quantity(String epcClass, BigDecimal quantity, @Schema(example = "KGM") String uom) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BizTransaction(
            @Schema(description = "CBV type (bol, po, inv, desadv, prodorder, ...); absent when not a CBV type")
                    String type,
            String bizTransaction) {}

    public record Source(@Schema(enumeration = {"owning_party", "location"}) String type, String source) {}

    public record Destination(@Schema(enumeration = {"owning_party", "location"}) String type, String destination) {}

    /** Instance/lot master data (CBV's cbvmda: attributes) of a lot made by a transformation. */
    public record Ilmd(@JsonProperty("cbvmda:lotNumber") String lotNumber) {}
}
