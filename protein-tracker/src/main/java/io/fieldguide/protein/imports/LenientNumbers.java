package io.fieldguide.protein.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the app stored them: JSON numbers or numeric strings ("42.5"), within a plausible range. */
final class LenientNumbers {

    private LenientNumbers() {}

    /** Null when absent or null; otherwise the value rounded to one decimal, or the reason to reject. */
    static BigDecimal optional(JsonNode value, String field, BigDecimal max) {
        return optional(value, field, max, 1);
    }

    static BigDecimal optional(JsonNode value, String field, BigDecimal max, int decimals) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        BigDecimal number;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isTextual() && value.asText().trim().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            number = new BigDecimal(value.asText().trim());
        } else {
            throw new IllegalArgumentException(field + " " + Shown.of(value) + " is not a number");
        }
        if (number.signum() < 0) {
            throw new IllegalArgumentException(field + " " + number.toPlainString() + " is negative");
        }
        if (number.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    field + " " + number.toPlainString() + " is above the plausible maximum of " + max.toPlainString());
        }
        return number.setScale(decimals, RoundingMode.HALF_UP);
    }

    static BigDecimal required(JsonNode value, String field, BigDecimal max) {
        BigDecimal number = optional(value, field, max);
        if (number == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return number;
    }
}
