package io.fieldguide.it.course;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * The baseline: course-tracker's migrations without the service. Up is {@code Flyway.migrate()} as a
 * program would call it; down (Flyway Community has none) runs each U script or Java migration's
 * {@code down} and deletes the history row in one transaction, the least any undo must do. Classes
 * and scripts come from course-tracker's jar on the class path (profile course-benchmark).
 */
final class DirectMigrations {

    private final BenchDatabases databases;
    private final String database;
    private final ClassLoader loader = Thread.currentThread().getContextClassLoader();
    private final java.util.Map<String, Flyway> flyways = new java.util.HashMap<>();
    private Connection connection;

    DirectMigrations(BenchDatabases databases, String database) {
        this.databases = databases;
        this.database = database;
    }

    /** Up to {@code target}, or everything pending when null. One Flyway per target, configured once and reused. */
    StepTimes up(String target) {
        long start = System.nanoTime();
        MigrateResult result = flyway(target).migrate();
        long wall = millisSince(start);
        return new StepTimes(
                wall,
                result.migrations.stream()
                        .map(m ->
                                new StepTimes.Step(m.version + "_" + m.description.replace(' ', '_'), m.executionTime))
                        .toList());
    }

    private Flyway flyway(String target) {
        return flyways.computeIfAbsent(target == null ? "" : target, key -> {
            FluentConfiguration configuration = Flyway.configure(loader)
                    .dataSource(databases.url(database), databases.user(), databases.password())
                    .locations("classpath:db/migration");
            // As the service does (SessionLevelLock): with the transactional lock a CONCURRENTLY script waits forever.
            configuration
                    .getPluginRegister()
                    .getPlugin(PostgreSQLConfigurationExtension.class)
                    .setTransactionalLock(false);
            if (!key.isEmpty()) {
                configuration.target(key);
            }
            return configuration.load();
        });
    }

    /** Undoes every applied migration above {@code keepVersion} ("0" for all), newest first. */
    StepTimes downTo(String keepVersion) throws Exception {
        long start = System.nanoTime();
        Flyway flyway = Flyway.configure(loader)
                .dataSource(databases.url(database), databases.user(), databases.password())
                .locations("classpath:db/migration")
                .load();
        List<MigrationInfo> applied =
                new ArrayList<>(Arrays.asList(flyway.info().applied()));
        applied.sort(Comparator.comparing(MigrationInfo::getVersion).reversed());
        List<StepTimes.Step> steps = new ArrayList<>();
        for (MigrationInfo info : applied) {
            if (info.getVersion().getVersion().equals(keepVersion)
                    || new java.math.BigInteger(info.getVersion().getVersion())
                                    .compareTo(new java.math.BigInteger(keepVersion))
                            <= 0) {
                break;
            }
            long stepStart = System.nanoTime();
            undo(info);
            steps.add(new StepTimes.Step(
                    info.getVersion().getVersion() + "_" + info.getDescription().replace(' ', '_'),
                    millisSince(stepStart)));
        }
        return new StepTimes(millisSince(start), steps);
    }

    private void undo(MigrationInfo info) throws Exception {
        if (connection == null || connection.isClosed()) {
            connection = databases.connect(database); // kept, as the service keeps its pool
        }
        if (info.getType() == CoreMigrationType.JDBC) {
            connection.setAutoCommit(false);
            Object migration = Class.forName(info.getScript(), true, loader)
                    .getDeclaredConstructor()
                    .newInstance();
            migration.getClass().getMethod("down", Connection.class).invoke(migration, connection);
        } else {
            String sql = resource("db/migration/U" + info.getScript().substring(1));
            connection.setAutoCommit(sql.contains("CONCURRENTLY"));
            try (Statement statement = connection.createStatement()) {
                for (String single : statements(sql)) {
                    statement.execute(single);
                }
            }
        }
        try (PreparedStatement forget =
                connection.prepareStatement("DELETE FROM flyway_schema_history WHERE version = ?")) {
            forget.setString(1, info.getVersion().getVersion());
            forget.executeUpdate();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        connection.setAutoCommit(true);
    }

    /** course-tracker's U scripts are plain statements, one per line group, with no ';' inside strings. */
    static List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        return Arrays.stream(code.toString().split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private String resource(String path) throws IOException {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path: run with -Pcourse-benchmark");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
