package io.fieldguide.migration.lint;

import java.util.Set;

/** The type and function names the rules recognise, in one place so that the docs can point here. */
final class ColumnTypes {

    static final String[] SERIAL_TYPES = {"serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"};

    /** 32- and 16-bit integer types, serial variants included: anything that is not 64-bit. */
    static final String[] SMALL_INTEGER_TYPES = {
        "int", "integer", "int4", "smallint", "int2", "serial", "serial4", "smallserial", "serial2"
    };

    static final String[] TIMESTAMP_WITHOUT_TIME_ZONE = {"timestamp", "timestamp without time zone"};

    static final String[] LENGTH_LIMITED_TEXT = {"varchar", "character varying", "char varying"};

    /** Blank-padded character types; {@code "char"} (quoted, one byte) is a different type and is not here. */
    static final String[] BLANK_PADDED_TEXT = {"char", "character", "bpchar", "nchar", "national character"};

    /**
     * Functions whose volatility forces {@code ADD COLUMN ... DEFAULT f()} to evaluate once per row,
     * that is, to rewrite the table. Stable functions such as {@code now()} are evaluated once and
     * stored as a "missing value" in the catalog (PostgreSQL 11+), so they are not listed.
     * User-defined volatile functions cannot be known from the script alone.
     */
    static final Set<String> VOLATILE_FUNCTIONS = Set.of(
            "gen_random_uuid",
            "uuid_generate_v1",
            "uuid_generate_v1mc",
            "uuid_generate_v4",
            "uuidv4",
            "uuidv7",
            "random",
            "random_normal",
            "clock_timestamp",
            "timeofday",
            "nextval",
            "setseed",
            "gen_random_bytes");

    private ColumnTypes() {}
}
