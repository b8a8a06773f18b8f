package io.fieldguide.migration.flyway;

import org.flywaydb.core.api.MigrationInfo;

/** The seed-style names the API speaks: {@code 1734567890000_initial_database_setup}. */
public final class MigrationNames {

    private MigrationNames() {}

    public static String of(MigrationInfo info) {
        String version = info.getVersion() == null ? "R" : info.getVersion().getVersion();
        return version + "_" + info.getDescription().replace(' ', '_');
    }

    /** True when {@code reference} names this migration by version, seed-style name or script name. */
    public static boolean matches(MigrationInfo info, String reference) {
        if (info.getVersion() == null || reference == null) {
            return false;
        }
        String trimmed = reference.trim();
        return trimmed.equals(info.getVersion().getVersion())
                || trimmed.equals(of(info))
                || trimmed.equals(info.getScript())
                || trimmed.equals("V" + info.getVersion().getVersion());
    }
}
