package io.fieldguide.migration.validation;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spells a declared column type the way {@code format_type()} prints it, so aliases compare equal. */
final class PostgresTypes {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("serial", "integer"),
            Map.entry("serial4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("smallserial", "smallint"),
            Map.entry("bool", "boolean"),
            Map.entry("float8", "double precision"),
            Map.entry("float4", "real"),
            Map.entry("decimal", "numeric"),
            Map.entry("varchar", "character varying"),
            Map.entry("char", "character"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timetz", "time with time zone"),
            Map.entry("time", "time without time zone"));

    private static final Pattern WITH_MODIFIER = Pattern.compile("([a-z0-9 ]+?)\\s*(\\(.*\\))");

    private PostgresTypes() {}

    static String canonical(String declared) {
        String type = declared.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher modifier = WITH_MODIFIER.matcher(type);
        if (modifier.matches()) {
            String base = modifier.group(1).trim();
            String mod = modifier.group(2).replace(" ", "");
            if (base.equals("timestamptz") || base.equals("timestamp")) {
                return "timestamp" + mod + (base.equals("timestamptz") ? " with time zone" : " without time zone");
            }
            return ALIASES.getOrDefault(base, base) + mod;
        }
        return ALIASES.getOrDefault(type, type);
    }
}
