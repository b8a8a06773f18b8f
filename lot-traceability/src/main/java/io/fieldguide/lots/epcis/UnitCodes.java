package io.fieldguide.lots.epcis;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * EPCIS quantities name their unit with a UN/ECE Recommendation 20 code. This service stores the
 * units people type (kg, l, each); this is the one table between the two. A unit given as a
 * Recommendation 20 code already (KGM, LTR) is kept as it is.
 */
public final class UnitCodes {

    private static final Map<String, String> REC_20 = Map.ofEntries(
            Map.entry("kg", "KGM"),
            Map.entry("g", "GRM"),
            Map.entry("mg", "MGM"),
            Map.entry("t", "TNE"),
            Map.entry("lb", "LBR"),
            Map.entry("oz", "ONZ"),
            Map.entry("l", "LTR"),
            Map.entry("ml", "MLT"),
            Map.entry("each", "H87"),
            Map.entry("ea", "H87"),
            Map.entry("pcs", "H87"),
            Map.entry("piece", "H87"),
            Map.entry("unit", "H87"),
            Map.entry("units", "H87"));

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,3}");

    /** The units accepted for a new ingredient, as a message names them. */
    public static final String ACCEPTED =
            String.join(", ", REC_20.keySet().stream().sorted().toList())
                    + " or a UN/ECE Recommendation 20 code (KGM, LTR, H87, ...)";

    private UnitCodes() {}

    public static Optional<String> rec20(String unit) {
        String known = REC_20.get(unit.toLowerCase(Locale.ROOT));
        if (known != null) {
            return Optional.of(known);
        }
        return CODE.matcher(unit).matches() ? Optional.of(unit) : Optional.empty();
    }
}
