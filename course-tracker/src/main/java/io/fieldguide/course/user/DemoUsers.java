package io.fieldguide.course.user;

import io.fieldguide.course.CourseConfig;
import io.fieldguide.migration.config.MigrationCoreConfig;
import io.fieldguide.migration.embedded.EmbeddedPostgresServer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Demo accounts for a local run: ada@example.com (instructor, migration-admin) and
 * lin@example.com (learner). A start-up bean rather than a Flyway migration, so that they never reach
 * a real database (a migration runs everywhere, and its undo would have to delete user data) and so
 * that no password is committed: without {@code course.demo-users.password} the accounts get a random
 * password when they are created, logged once.
 */
@ApplicationScoped
class DemoUsers {

    private final UserAccounts accounts;
    private final CourseConfig config;
    private final MigrationCoreConfig coreConfig;

    DemoUsers(UserAccounts accounts, CourseConfig config, MigrationCoreConfig coreConfig) {
        this.accounts = accounts;
        this.config = config;
        this.coreConfig = coreConfig;
    }

    /**
     * After migration-core's start-up migration (default priority), so that the tables exist; not in
     * the CLI's command mode, which does not migrate at start.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        boolean wanted = config.demoUsers().enabled() || EmbeddedPostgresServer.isRunning();
        if (!wanted || !coreConfig.migrateAtStart()) {
            return;
        }
        Optional<String> configured = config.demoUsers().password();
        String password = configured.orElseGet(DemoUsers::randomPassword);
        try {
            boolean created = ensure(
                    "ada@example.com",
                    password,
                    "Ada",
                    "Lovelace",
                    Set.of(Role.INSTRUCTOR, Role.MIGRATION_ADMIN),
                    configured.isPresent());
            created |= ensure("lin@example.com", password, "Lin", null, Set.of(Role.LEARNER), configured.isPresent());
            if (configured.isPresent()) {
                Log.info("Demo users ada@example.com (instructor, migration-admin) and lin@example.com (learner),"
                        + " password from course.demo-users.password");
            } else if (created) {
                Log.infof(
                        "Demo users ada@example.com (instructor, migration-admin) and lin@example.com (learner),"
                                + " password %s (shown once; set course.demo-users.password to reset it)",
                        password);
            }
        } catch (RuntimeException e) {
            Log.warnf("Demo users not created (is the schema migrated?): %s", e.getMessage());
        }
    }

    /** Creates the account; resets an existing one's password only when it is configured. */
    private boolean ensure(String email, String password, String first, String last, Set<String> roles, boolean reset) {
        if (reset) {
            accounts.upsert(email, password, first, last, roles);
            return false;
        }
        return accounts.createIfAbsent(email, password, first, last, roles);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
