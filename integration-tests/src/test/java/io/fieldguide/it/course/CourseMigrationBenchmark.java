package io.fieldguide.it.course;

import io.fieldguide.migration.testing.TestDatabase;
import io.fieldguide.migration.testing.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * course-tracker's whole migration history up, down and up again, through its API (the packaged
 * service over HTTP) and directly (Flyway, and the undo by hand), side by side in one run: on an empty
 * database, and on one with 100,000 users and 1,000,000 notes. Writes its section of
 * docs/benchmarks.md.
 *
 * <p>Run from the repository root: {@code ./mvnw -B -pl course-tracker,integration-tests -am
 * -Pcourse-benchmark package -DskipTests} (options in {@code -Dcourse.bench.args="--rounds 3 --users
 * 100000 --notes 1000000"}).
 */
public final class CourseMigrationBenchmark {

    static final String NOTES_VERSION = "1734567890001";

    private CourseMigrationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = option(args, "--rounds", 3);
        int users = option(args, "--users", 100_000);
        int notes = option(args, "--notes", 1_000_000);
        Path repository = repository();
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicKey = Files.createTempFile("course-bench", ".pem");
        Files.writeString(
                publicKey,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(keys.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        String token = TestTokens.signedWith(keys.getPrivate(), "course-tracker", "benchmark", TestTokens.ADMIN_ROLE);

        List<ScenarioResult> results = new ArrayList<>();
        try (TestDatabase server = TestDatabase.start()) {
            BenchDatabases databases = new BenchDatabases(server.jdbcUrl(), server.username(), server.password());
            Scenario scenario = new Scenario(databases, repository, publicKey, token, rounds);

            databases.create("course_bench_empty_api", null);
            databases.create("course_bench_empty_direct", null);
            results.add(scenario.run("empty database", "0", "course_bench_empty_api", "course_bench_empty_direct"));

            databases.create("course_bench_template", null);
            new DirectMigrations(databases, "course_bench_template").up(NOTES_VERSION);
            long loadStart = System.nanoTime();
            LoadedData.load(databases, "course_bench_template", users, notes);
            databases.vacuum("course_bench_template");
            System.out.printf(
                    "Loaded %,d users and %,d notes in %d s%n",
                    users, notes, (System.nanoTime() - loadStart) / 1_000_000_000);
            databases.create("course_bench_loaded_api", "course_bench_template");
            databases.create("course_bench_loaded_direct", "course_bench_template");
            results.add(scenario.run(
                    String.format("%,d users, %,d notes", users, notes),
                    NOTES_VERSION,
                    "course_bench_loaded_api",
                    "course_bench_loaded_direct"));

            for (String database : List.of(
                    "course_bench_empty_api",
                    "course_bench_empty_direct",
                    "course_bench_template",
                    "course_bench_loaded_api",
                    "course_bench_loaded_direct")) {
                databases.drop(database);
            }
            CourseBenchmarkReport report =
                    new CourseBenchmarkReport(results, rounds, String.join(" ", args), server.kind());
            System.out.println(report.markdown());
            report.writeTo(repository.resolve("docs/benchmarks.md"));
        }
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1].replace("_", "").replace(",", ""));
            }
        }
        return fallback;
    }

    /** The nearest directory upwards that holds the Maven wrapper. */
    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("mvnw"))) {
                return candidate;
            }
        }
        return dir;
    }
}
