package io.fieldguide.feeding.watermelon;

import io.fieldguide.migration.problem.InvalidRequestException;

/**
 * The versions of the WatermelonDB app's schema this server can sync, and what each knows of
 * {@code feeding_records}. Version 1 holds the feeding itself; version 2 adds the server's
 * {@code created_at} and {@code updated_at} (epoch milliseconds). A client sends its version with
 * every pull and gets only the columns it knows; one that migrates from 1 to 2 gets every record
 * again, with the new columns (see {@link MigrationArgument}).
 */
public enum AppSchema {
    V1(1, false),
    V2(2, true);

    public static final String TABLE = "feeding_records";
    public static final AppSchema LATEST = V2;

    private final int version;
    private final boolean timestamps;

    AppSchema(int version, boolean timestamps) {
        this.version = version;
        this.timestamps = timestamps;
    }

    public int version() {
        return version;
    }

    /** Whether records carry the server's {@code created_at} and {@code updated_at}. */
    public boolean hasTimestamps() {
        return timestamps;
    }

    public static AppSchema of(Integer schemaVersion) {
        if (schemaVersion == null) {
            throw new InvalidRequestException("schema_version", "schema_version is required: the app schema's version");
        }
        for (AppSchema schema : values()) {
            if (schema.version == schemaVersion) {
                return schema;
            }
        }
        throw new InvalidRequestException(
                "schema_version",
                "schema_version must be one this server syncs, 1 to " + LATEST.version + ", was " + schemaVersion);
    }
}
