package io.fieldguide.migration.rollback;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A Java migration with an {@code up} and a {@code down}, the form node-pg-migrate users know. Flyway
 * runs {@code up} like any Java migration; the core's rollback runs {@code down} in one transaction
 * with the removal of its history row.
 */
public abstract class ReversibleMigration extends BaseJavaMigration {

    @Override
    public final void migrate(Context context) throws Exception {
        up(context.getConnection());
    }

    protected abstract void up(Connection connection) throws SQLException;

    public abstract void down(Connection connection) throws SQLException;

    /**
     * What running {@code down} now would destroy that it does not restore (e.g. "12 rows in
     * users.full_name"); empty when nothing. A rollback is refused while this is not empty, unless
     * the caller accepts the loss. When the down SQL is known it gets the same check as a {@code U}
     * script, so the two kinds of migration cannot disagree about what counts as data loss.
     */
    public List<String> dataAtRisk(Connection connection) throws SQLException {
        Optional<String> down = plannedDownSql();
        return down.isPresent() ? DataLossCheck.risks(connection, down.get()) : List.of();
    }

    /**
     * The planned up and down SQL's CRC32, so that editing an applied migration fails Flyway's
     * validation as editing an applied script does; Flyway's default (no checksum) when the SQL is
     * not known before it runs.
     */
    @Override
    public Integer getChecksum() {
        if (plannedUpSql().isEmpty()) {
            return super.getChecksum();
        }
        CRC32 crc = new CRC32();
        crc.update((plannedUpSql().get() + "\n" + plannedDownSql().orElse("")).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    /** The SQL {@code up} runs, for dry runs; empty when it is not known without running it. */
    public Optional<String> plannedUpSql() {
        return Optional.empty();
    }

    /** The SQL {@code down} runs, for dry runs; empty when it is not known without running it. */
    public Optional<String> plannedDownSql() {
        return Optional.empty();
    }

    /** The migration class named by Flyway's {@code script} of a Java migration, if it is reversible. */
    public static Optional<ReversibleMigration> load(String className, ClassLoader classLoader) {
        try {
            Class<?> type = Class.forName(className, true, classLoader);
            if (!ReversibleMigration.class.isAssignableFrom(type)) {
                return Optional.empty();
            }
            return Optional.of(
                    (ReversibleMigration) type.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }
}
