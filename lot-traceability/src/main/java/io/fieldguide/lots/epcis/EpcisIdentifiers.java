package io.fieldguide.lots.epcis;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The URIs that EPCIS needs for lots, locations, parties, pallets, runs and documents. The bakery
 * records no GS1 keys (GTIN, GLN, SSCC), so these are private URIs under the company's own domain, which
 * CBV 2.0 allows; a deployment that has the keys would put GS1 Digital Link URIs here instead
 * ({@code https://id.gs1.org/01/<GTIN>/10/<lot>}), without changing the events.
 */
@ApplicationScoped
public class EpcisIdentifiers {

    private final String base;

    EpcisIdentifiers(@ConfigProperty(name = "lots.epcis.identifier-base") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A lot of a product: EPCIS's class-level identifier with lot (an LGTIN's role). */
    public String lot(long ingredientId, String lotCode) {
        return base + "/product/" + ingredientId + "/lot/" + segment(lotCode);
    }

    public String location(String description) {
        return base + "/location/" + segment(description);
    }

    public String party(String name) {
        return base + "/party/" + segment(name);
    }

    public String pallet(String palletNumber) {
        return base + "/pallet/" + segment(palletNumber);
    }

    public String run(String batchNumber) {
        return base + "/run/" + segment(batchNumber);
    }

    public String document(String type, String number) {
        return base + "/document/" + segment(type) + "/" + segment(number);
    }

    public String event(long trackingEventId) {
        return base + "/event/" + trackingEventId;
    }

    public String packing(long palletId) {
        return base + "/event/packing/" + palletId;
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
