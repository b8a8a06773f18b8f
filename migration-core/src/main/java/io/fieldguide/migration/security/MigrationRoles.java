package io.fieldguide.migration.security;

/** The role names the core's operations check, in one place for every service and test. */
public final class MigrationRoles {

    /** May apply, roll back and repair migrations and run backfills (every write of the migration API). */
    public static final String ADMIN = "migration-admin";

    private MigrationRoles() {}
}
