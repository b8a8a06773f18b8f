package io.fieldguide.migration.javamigration;

import java.util.List;

/**
 * The expand step of renaming a column in use: the new column is added beside the old one, a
 * trigger keeps the two equal on every insert and update, and the existing rows are copied in
 * small committed batches. The release that reads and writes the old name keeps working next to the
 * release that uses the new one; the old column goes a release later ({@link Operations#dropOldColumnName}).
 * This is strong_migrations' "rename a column in use" (add, write to both, backfill, move reads,
 * drop) and pgroll's rename with the dual write done by a trigger, so no application writes twice.
 *
 * <p>A plain {@code RENAME COLUMN} is instant but breaks every running query that names the old
 * column; a generated column would rewrite the table under an ACCESS EXCLUSIVE lock and could not
 * be written. Here each DDL statement only takes its lock for a moment (under a 5 s lock_timeout),
 * and the copy holds the row locks of one batch at a time, so the migration runs without a
 * transaction and must be the only operation of its migration. Indexes and constraints of the old
 * column are not copied: add them to the new column in migrations of their own.
 *
 * @param table the table, as written in SQL
 * @param kept the column that exists and keeps its values
 * @param added the column added beside it, nullable; {@code type} is its SQL type
 */
record ColumnRename(String table, String kept, String added, String type) implements SchemaOperation {

    /** Pages per batch: about 64 x 8 kB of rows, each batch one short transaction. */
    private static final int PAGES_PER_BATCH = 64;

    /** Outside a transaction SET LOCAL means nothing: the session's timeout is set, then reset. */
    private static final String LOCK_TIMEOUT = "SET lock_timeout = '5s'";

    private static final String RESET_LOCK_TIMEOUT = "RESET lock_timeout";

    @Override
    public List<String> upSql() {
        return List.of(
                LOCK_TIMEOUT,
                "ALTER TABLE " + table + " ADD COLUMN " + added + " " + type,
                syncFunction(),
                "CREATE TRIGGER " + syncName() + " BEFORE INSERT OR UPDATE ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION " + qualifiedSyncFunction() + "()",
                copyInBatches(),
                RESET_LOCK_TIMEOUT);
    }

    /** The same statements whichever the direction, so a half-done up is undone by them too. */
    @Override
    public List<String> downSql() {
        return List.of(
                LOCK_TIMEOUT,
                "DROP TRIGGER IF EXISTS " + syncName() + " ON " + table,
                "DROP FUNCTION IF EXISTS " + qualifiedSyncFunction() + "()",
                "-- undo:keeps-data " + table + "." + kept + " holds the same values, kept equal by the trigger\n"
                        + "ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + added,
                RESET_LOCK_TIMEOUT);
    }

    @Override
    public boolean outsideTransaction() {
        return true;
    }

    /**
     * On insert, a value given for the added column wins (the new release wrote it) and a missing
     * one is copied from the kept column (the old release wrote that); on update, whichever column
     * changed is copied to the other.
     */
    private String syncFunction() {
        return "CREATE FUNCTION " + qualifiedSyncFunction() + "() RETURNS trigger LANGUAGE plpgsql AS $sync$\n"
                + "BEGIN\n"
                + "    IF TG_OP = 'INSERT' THEN\n"
                + "        IF NEW." + added + " IS NULL THEN NEW." + added + " := NEW." + kept + ";\n"
                + "        ELSE NEW." + kept + " := NEW." + added + ";\n"
                + "        END IF;\n"
                + "    ELSIF NEW." + added + " IS DISTINCT FROM OLD." + added + " THEN\n"
                + "        NEW." + kept + " := NEW." + added + ";\n"
                + "    ELSE\n"
                + "        NEW." + added + " := NEW." + kept + ";\n"
                + "    END IF;\n"
                + "    RETURN NEW;\n"
                + "END\n"
                + "$sync$";
    }

    /**
     * Walks the pages that exist once the trigger is in place, a few at a time by ctid range (a TID
     * range scan), committing after each batch: rows written later are kept equal by the trigger,
     * and a row moved by a concurrent update was synced by that update.
     */
    private String copyInBatches() {
        return "DO $copy$\n"
                + "DECLARE\n"
                + "    last_page CONSTANT bigint := pg_relation_size('" + table
                + "') / current_setting('block_size')::bigint;\n"
                + "    first_page bigint := 0;\n"
                + "    low tid;\n"
                + "    high tid;\n"
                + "BEGIN\n"
                + "    WHILE first_page <= last_page LOOP\n"
                + "        low := format('(%s,0)', first_page)::tid;\n"
                + "        high := format('(%s,0)', first_page + " + PAGES_PER_BATCH + ")::tid;\n"
                + "        UPDATE " + table + " SET " + added + " = " + kept
                + " WHERE ctid >= low AND ctid < high AND " + added + " IS DISTINCT FROM " + kept + ";\n"
                + "        COMMIT;\n"
                + "        first_page := first_page + " + PAGES_PER_BATCH + ";\n"
                + "    END LOOP;\n"
                + "END\n"
                + "$copy$";
    }

    /** One name for the trigger and its function whichever column is kept, so the contract step finds them. */
    private String syncName() {
        String first = kept.compareTo(added) < 0 ? kept : added;
        String second = first.equals(kept) ? added : kept;
        return unqualified(table) + "_" + first + "_" + second + "_sync";
    }

    private String qualifiedSyncFunction() {
        int dot = table.lastIndexOf('.');
        return dot < 0 ? syncName() : table.substring(0, dot + 1) + syncName();
    }

    private static String unqualified(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
