package io.fieldguide.learning.schema;

import io.fieldguide.migration.validation.SchemaExpectation;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The schema once 0001-0005 ran: what the guide's {@code validate-schema} checks, served by {@code
 * GET /api/migrations/validate} and the CLI's {@code validate}.
 */
public class LearningSchemaExpectation {

    @Produces
    @Singleton
    SchemaExpectation learningSchema() {
        return SchemaExpectation.schema("public")
                .enumType("user_role", "learner", "instructor", "admin")
                .enumType("item_kind", "multiple_choice", "true_false", "short_answer")
                .table("users", t -> t.column("id", "uuid", false)
                        .column("email", "text", false)
                        .column("display_name", "text", true)
                        .column("country_code", "text", false)
                        .column("role", "user_role", false)
                        .column("ability", "double precision", false)
                        .column("answers_seen", "bigint", false)
                        .column("created_at", "timestamptz", false)
                        .column("updated_at", "timestamptz", false)
                        .uniqueIndex("users_email_key")
                        .index("users_country_code"))
                .table("items", t -> t.column("id", "bigint", false)
                        .column("kind", "item_kind", false)
                        .column("topic", "text", false)
                        .column("prompt", "text", false)
                        .column("answer", "text", false)
                        .column("difficulty", "double precision", false)
                        .column("answers_seen", "bigint", false)
                        .column("attempt_count", "bigint", false)
                        .column("correct_count", "bigint", false)
                        .column("created_at", "timestamptz", false)
                        .column("updated_at", "timestamptz", false)
                        .index("items_difficulty")
                        .index("items_topic_difficulty"))
                .table("attempts", t -> t.column("id", "bigint", false)
                        .column("user_id", "uuid", false)
                        .column("item_id", "bigint", false)
                        .column("correct", "boolean", false)
                        .column("response_time_ms", "bigint", true)
                        .column("predicted_success", "double precision", true)
                        .column("attempted_at", "timestamptz", false)
                        .index("attempts_user_recent")
                        .index("attempts_item"))
                .table("user_preferences", t -> t.column("id", "uuid", false)
                        .column("user_id", "uuid", false)
                        .column("preference_key", "text", false)
                        .column("preference_value", "jsonb", false)
                        .column("created_at", "timestamptz", false)
                        .column("updated_at", "timestamptz", false)
                        .unique("user_preferences_user_key")
                        .index("idx_user_preferences_key"))
                .view("table_sizes")
                .view("slow_queries")
                .view("index_usage")
                .view("connection_stats")
                .view("system_health")
                .trigger("users", "users_set_updated_at")
                .trigger("items", "items_set_updated_at")
                .trigger("attempts", "attempts_count_item_attempts")
                .trigger("user_preferences", "user_preferences_set_updated_at")
                .function("set_updated_at")
                .function("count_item_attempts")
                .function("ensure_attempt_partitions")
                .function("slow_query_rows")
                .build();
    }
}
