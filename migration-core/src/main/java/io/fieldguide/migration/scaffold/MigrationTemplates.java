package io.fieldguide.migration.scaffold;

/**
 * The text of a new {@code V} script and of its {@code U} undo script. Both lint clean as they
 * are, and neither carries a live marker: the {@code lint:allow} and {@code undo:keeps-data}
 * reminders are worded so that the linter and the undo's data-loss check do not take them for one.
 */
final class MigrationTemplates {

    private MigrationTemplates() {}

    static String versioned(String version, String name) {
        return """
                -- V%1$s: %2$s
                --
                -- What: <the one logical change this script makes>
                -- Why:  <the reason, and which application versions work with the schema before and after>
                --
                -- Checked by the migration lint (docs/lint-rules.md), which every module runs as a test:
                --   * an index on an existing table: CREATE INDEX CONCURRENTLY, alone in its script with
                --     nothing but comments (delete the SET below: Flyway would refuse the mix)
                --   * a constraint on an existing table: ADD ... NOT VALID, then VALIDATE CONSTRAINT
                --   * a new NOT NULL column needs a non-volatile default; no type changes, renames or
                --     drops of what running code still reads (expand, backfill, switch, then contract)
                --   * timestamptz, bigint, GENERATED ... AS IDENTITY, text
                -- A deliberate exception is a reviewed comment on the line before the statement:
                --   "-- lint:allow <rule-id> <reason>"  (the reason is required)
                --
                -- Undone by U%1$s__%3$s.sql; if it cannot be undone, say why here and delete the U script.

                SET LOCAL lock_timeout = '5s';

                -- TODO: the statement(s), for example
                -- ALTER TABLE customer ADD COLUMN email text;
                """
                .formatted(version, description(name), name);
    }

    static String undo(String version, String name) {
        return """
                -- U%1$s: undoes V%1$s__%2$s.sql (%3$s)
                --
                -- Runs in one transaction together with the removal of V%1$s's history row. It must leave
                -- the schema as it was before V%1$s and restore any data V%1$s moved or changed. Before it
                -- runs, the undo refuses to drop a table or column that holds data, or to delete rows,
                -- unless this script says how that data is kept, in a comment line of its own:
                --   "undo:keeps-data <how>" after the two dashes, e.g. "undo:keeps-data emails are
                --   copied to customer_email_archive first"
                -- (the caller can also accept the loss with --allow-data-loss / allowDataLoss=true).

                SET LOCAL lock_timeout = '5s';

                -- TODO: the reverse of V%1$s, for example
                -- ALTER TABLE customer DROP COLUMN email;
                """
                .formatted(version, name, description(name));
    }

    private static String description(String name) {
        return name.replace('_', ' ');
    }
}
