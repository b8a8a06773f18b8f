package io.fieldguide.course.user;

import io.fieldguide.migration.security.MigrationRoles;

/** The roles a user can hold (user_roles.role); they become the groups of the user's token. */
public final class Role {

    public static final String LEARNER = "learner";
    public static final String INSTRUCTOR = "instructor";
    /** May apply and roll back migrations (migration-core's writes). */
    public static final String MIGRATION_ADMIN = MigrationRoles.ADMIN;

    private Role() {}
}
