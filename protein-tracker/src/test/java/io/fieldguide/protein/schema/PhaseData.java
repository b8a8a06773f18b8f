package io.fieldguide.protein.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each phase's release writes, with fixed timestamps so that writing it twice gives the same
 * checksums, and the tables (with the columns that phase knows) whose checksums later phases must
 * leave unchanged.
 */
final class PhaseData {

    private PhaseData() {}

    /** The Prisma release: three users, one without names. */
    static final String BEFORE =
            """
            INSERT INTO users (id, email, username, password, first_name, last_name, avatar, created_at, updated_at) VALUES
             ('ckana0000000000000000001', 'ana.silva@example.com', 'ana_s', '$2a$10$hash', 'Ana', 'Silva', NULL,
              '2024-01-05T10:00:00Z', '2024-02-01T10:00:00Z'),
             ('ckbob0000000000000000002', 'bob@example.com', 'bob', '$2a$10$hash', NULL, NULL, 'https://example.com/b.png',
              '2024-01-06T10:00:00Z', '2024-01-06T10:00:00Z'),
             ('ckcid0000000000000000003', 'cid@example.com', 'cid', '$2a$10$hash', 'Cid', NULL, NULL,
              '2024-01-07T10:00:00Z', '2024-01-08T10:00:00Z')
            """;

    /** Phase 1's release: goals in a profile, meals on two Lisbon days, a favourite linked to a meal. */
    static final String PHASE_1 =
            """
            UPDATE user_profiles SET daily_protein_goal = 140, daily_calorie_goal = 2200, timezone = 'Europe/Lisbon',
              updated_at = '2024-03-01T00:00:00Z' WHERE user_id = 'ckana0000000000000000001';
            UPDATE users SET last_login_at = '2024-03-01T08:00:00Z' WHERE id = 'ckana0000000000000000001';
            INSERT INTO meal_entries (user_id, source_id, description, protein_grams, calories, meal_type, meal_timestamp,
              meal_date, created_at, updated_at) VALUES
             ('ckana0000000000000000001', 'm1', 'Greek yogurt', 18, 190, 'breakfast', '2024-03-02T08:00:00Z', '2024-03-02',
              '2024-03-02T08:00:00Z', '2024-03-02T08:00:00Z'),
             ('ckana0000000000000000001', 'm2', 'Chicken and rice', 42.5, 610, 'lunch', '2024-03-02T12:00:00Z', '2024-03-02',
              '2024-03-02T12:00:00Z', '2024-03-02T12:00:00Z'),
             ('ckana0000000000000000001', 'm3', 'Eggs', 21, NULL, 'breakfast', '2024-03-03T09:00:00Z', '2024-03-03',
              '2024-03-03T09:00:00Z', '2024-03-03T09:00:00Z'),
             ('ckbob0000000000000000002', 'm1', 'Shake', 30, 160, 'snack', '2024-03-02T20:00:00Z', '2024-03-02',
              '2024-03-02T20:00:00Z', '2024-03-02T20:00:00Z');
            INSERT INTO favorite_meals (user_id, source_id, name, protein_grams, calories, meal_entry_id, created_at, updated_at)
             SELECT user_id, 'fav_1', 'Chicken and rice', 42.5, 610, id, '2024-03-02T12:00:00Z', '2024-03-02T12:00:00Z'
             FROM meal_entries WHERE source_id = 'm2';
            """;

    static final String PHASE_2 =
            """
            INSERT INTO imports (user_id, source_sha256, status, report, created_at) VALUES
             ('ckana0000000000000000001', repeat('a', 64), 'completed', '{"imported": 4}', '2024-03-04T00:00:00Z')
            """;

    static final String PHASE_3 =
            """
            INSERT INTO meal_analyses (meal_entry_id, confidence, foods, created_at)
             SELECT id, 0.86, '[{"name": "chicken breast", "protein": 38}]', '2024-03-02T12:00:01Z'
             FROM meal_entries WHERE source_id = 'm2'
            """;

    static final String PHASE_4 =
            """
            INSERT INTO activity_logs (user_id, action, entity_type, entity_id, details, created_at) VALUES
             ('ckana0000000000000000001', 'create', 'meal_entry', '1', '{}', '2024-03-05T00:00:00Z');
            INSERT INTO data_exports (user_id, format, range_from, range_to, row_count, byte_count, sha256, created_at) VALUES
             ('ckana0000000000000000001', 'csv', '2024-03-01', '2024-03-31', 3, 120, repeat('b', 64), '2024-03-05T00:00:00Z')
            """;

    static Map<String, String> beforeTables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("users", "id, email, username, password, first_name, last_name, avatar, created_at, updated_at|id");
        return tables;
    }

    static Map<String, String> phase1Tables() {
        Map<String, String> tables = beforeTables();
        tables.put("users", "users.*|id");
        tables.put("user_profiles", "user_profiles.*|user_id");
        tables.put("meal_entries", "meal_entries.*|id");
        tables.put("favorite_meals", "favorite_meals.*|id");
        return tables;
    }

    static Map<String, String> phase2Tables() {
        Map<String, String> tables = phase1Tables();
        tables.put("imports", "imports.*|id");
        return tables;
    }

    static Map<String, String> phase3Tables() {
        Map<String, String> tables = phase2Tables();
        tables.put("meal_analyses", "meal_analyses.*|id");
        tables.put(
                "daily_summaries",
                "user_id, summary_date, total_protein_grams, total_calories, meal_count|user_id, summary_date");
        return tables;
    }

    static Map<String, String> phase4Tables() {
        Map<String, String> tables = phase3Tables();
        tables.put("activity_logs", "activity_logs.*|id");
        tables.put("data_exports", "data_exports.*|id");
        return tables;
    }
}
