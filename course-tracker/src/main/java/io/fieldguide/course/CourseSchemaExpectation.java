package io.fieldguide.course;

import io.fieldguide.migration.validation.SchemaExpectation;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * What the schema holds once every migration ran, checked against the live catalog by
 * {@code GET /api/migrations/validate} (and {@code java -jar ... validate}).
 */
class CourseSchemaExpectation {

    @Produces
    @Singleton
    SchemaExpectation courseTrackerSchema() {
        return SchemaExpectation.schema("public")
                .table("users", t -> t.column("id", "uuid", false)
                        .column("email", "text", false)
                        .column("password_hash", "text", false)
                        .column("first_name", "text", true)
                        .column("last_name", "text", true)
                        .column("created_at", "timestamptz", false)
                        .column("last_login", "timestamptz", true)
                        .column("full_name", "text", false)
                        .unique("users_email_key"))
                .table("user_roles", t -> t.column("user_id", "uuid", false)
                        .column("role", "text", false)
                        .foreignKey("user_roles_user_id_fkey", "users"))
                .table("courses", t -> t.column("id", "bigint", false)
                        .column("title", "text", false)
                        .column("description", "text", true)
                        .column("created_at", "timestamptz", false))
                .table("episodes", t -> t.column("id", "bigint", false)
                        .column("course_id", "bigint", false)
                        .column("episode_number", "bigint", false)
                        .column("title", "text", false)
                        .column("duration_seconds", "bigint", true)
                        .column("created_at", "timestamptz", false)
                        .unique("episodes_course_number_key")
                        .foreignKey("episodes_course_id_fkey", "courses"))
                .table("episode_notes", t -> t.column("id", "bigint", false)
                        .column("user_id", "uuid", false)
                        .column("episode_id", "bigint", false)
                        .column("content", "text", false)
                        .column("created_at", "timestamptz", false)
                        .column("updated_at", "timestamptz", false)
                        .index("idx_episode_notes_episode_id")
                        .index("idx_episode_notes_user_updated")
                        .foreignKey("episode_notes_user_id_fkey", "users")
                        .foreignKey("episode_notes_episode_id_fkey", "episodes"))
                .table("favorites", t -> t.column("user_id", "uuid", false)
                        .column("course_id", "bigint", false)
                        .column("created_at", "timestamptz", false)
                        .index("idx_favorites_course_id")
                        .foreignKey("favorites_user_id_fkey", "users")
                        .foreignKey("favorites_course_id_fkey", "courses"))
                .table("user_preferences", t -> t.column("id", "bigint", false)
                        .column("user_id", "uuid", false)
                        .column("theme", "varchar(20)", false)
                        .column("notifications_enabled", "boolean", false)
                        .column("created_at", "timestamptz", false)
                        .uniqueIndex("idx_user_preferences_user_id")
                        .foreignKey("fk_user_preferences_user_id", "users"))
                .build();
    }
}
