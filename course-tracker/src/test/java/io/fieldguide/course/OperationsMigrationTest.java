package io.fieldguide.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import db.migration.V1734567890002__add_user_preferences;
import db.migration.V1734567890003__add_users_last_login;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each Java migration's down is its up's operations inverted, last first, and its checksum is pinned. */
class OperationsMigrationTest {

    @Test
    void userPreferencesUpCreatesTableIndexAndForeignKey() {
        assertEquals(
                List.of(
                        "SET LOCAL lock_timeout = '5s'",
                        "CREATE TABLE user_preferences (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                                + " user_id uuid NOT NULL, theme varchar(20) NOT NULL DEFAULT 'light',"
                                + " notifications_enabled boolean NOT NULL DEFAULT true,"
                                + " created_at timestamptz NOT NULL DEFAULT current_timestamp)",
                        "CREATE UNIQUE INDEX idx_user_preferences_user_id ON user_preferences (user_id)",
                        "ALTER TABLE user_preferences ADD CONSTRAINT fk_user_preferences_user_id FOREIGN KEY (user_id)"
                                + " REFERENCES users (id) ON DELETE CASCADE NOT VALID",
                        "ALTER TABLE user_preferences VALIDATE CONSTRAINT fk_user_preferences_user_id"),
                new V1734567890002__add_user_preferences().upSql());
    }

    @Test
    void userPreferencesDownUndoesInReverseOrder() {
        assertEquals(
                List.of(
                        "SET LOCAL lock_timeout = '5s'",
                        "ALTER TABLE user_preferences DROP CONSTRAINT fk_user_preferences_user_id",
                        "DROP INDEX idx_user_preferences_user_id",
                        "DROP TABLE user_preferences"),
                new V1734567890002__add_user_preferences().downSql());
    }

    @Test
    void lastLoginIsAddedAndDropped() {
        V1734567890003__add_users_last_login migration = new V1734567890003__add_users_last_login();
        assertEquals(
                List.of("SET LOCAL lock_timeout = '5s'", "ALTER TABLE users ADD COLUMN last_login timestamptz"),
                migration.upSql());
        assertEquals(
                List.of("SET LOCAL lock_timeout = '5s'", "ALTER TABLE users DROP COLUMN last_login"),
                migration.downSql());
    }

    /**
     * The checksums Flyway records for the two Java migrations; the README gives them to users whose
     * database applied these migrations before they had checksums. A change here means an applied
     * migration was edited: write a new migration instead.
     */
    @Test
    void checksumsOfTheAppliedJavaMigrationsDoNotChange() {
        assertEquals(-2133165965, new V1734567890002__add_user_preferences().getChecksum());
        assertEquals(585811335, new V1734567890003__add_users_last_login().getChecksum());
    }
}
