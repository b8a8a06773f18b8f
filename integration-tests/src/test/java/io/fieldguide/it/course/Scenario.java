package io.fieldguide.it.course;

import io.fieldguide.it.PackagedService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One database state, measured both ways in alternating order: up from the baseline, down to it, up
 * again; then (not measured) back down to the baseline and vacuumed, for the next round.
 */
final class Scenario {

    static final List<String> PHASES = List.of("up", "down", "up again");

    private final BenchDatabases databases;
    private final Path repository;
    private final Path publicKey;
    private final String token;
    private final int rounds;

    Scenario(BenchDatabases databases, Path repository, Path publicKey, String token, int rounds) {
        this.databases = databases;
        this.repository = repository;
        this.publicKey = publicKey;
        this.token = token;
        this.rounds = rounds;
    }

    ScenarioResult run(String label, String baseline, String apiDatabase, String directDatabase) throws Exception {
        ScenarioResult result = new ScenarioResult(label);
        DirectMigrations direct = new DirectMigrations(databases, directDatabase);
        try (PackagedService service = PackagedService.start(
                repository,
                "course-tracker",
                java.nio.file.Files.createTempDirectory("course-bench-home"),
                List.of(
                        "quarkus.datasource.jdbc.url=" + databases.url(apiDatabase),
                        "quarkus.datasource.username=" + databases.user(),
                        "quarkus.datasource.password=" + databases.password(),
                        "mp.jwt.verify.publickey.location=" + publicKey,
                        "fieldguide.migration.migrate-at-start=false",
                        "fieldguide.migration.readiness-requires-up-to-date=false",
                        "fieldguide.migration.rate-limit.requests=1000"))) {
            service.awaitReady(Duration.ofMinutes(2));
            ApiMigrations api = new ApiMigrations(service, token);
            api.up(); // warm-up round trip: JIT, connection pool; then back to the baseline
            api.downTo(baseline);
            direct.up(null);
            direct.downTo(baseline);
            for (int round = 0; round < rounds; round++) {
                databases.vacuum(apiDatabase);
                databases.vacuum(directDatabase);
                boolean apiFirst = round % 2 == 0;
                for (int phase = 0; phase < PHASES.size(); phase++) {
                    String name = PHASES.get(phase);
                    StepTimes first = apiFirst ? apiPhase(api, phase, baseline) : directPhase(direct, phase, baseline);
                    StepTimes second = apiFirst ? directPhase(direct, phase, baseline) : apiPhase(api, phase, baseline);
                    result.add(name, apiFirst ? first : second, apiFirst ? second : first);
                }
                api.downTo(baseline);
                direct.downTo(baseline);
                System.out.printf("%s: round %d of %d done%n", label, round + 1, rounds);
            }
        }
        return result;
    }

    private static StepTimes apiPhase(ApiMigrations api, int phase, String baseline) throws Exception {
        return phase == 1 ? api.downTo(baseline) : api.up();
    }

    private static StepTimes directPhase(DirectMigrations direct, int phase, String baseline) throws Exception {
        return phase == 1 ? direct.downTo(baseline) : direct.up(null);
    }
}
