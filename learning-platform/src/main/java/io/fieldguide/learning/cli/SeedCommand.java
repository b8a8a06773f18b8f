package io.fieldguide.learning.cli;

import io.fieldguide.learning.seed.LearningSeeder;
import io.fieldguide.learning.seed.SeedReport;
import io.fieldguide.learning.seed.SeedSize;
import io.fieldguide.migration.cli.ExitCode;
import io.fieldguide.migration.cli.ServiceCommand;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seed}: the guide's "seed test data" step on its own. */
@Dependent
@Command(
        name = "seed",
        description = {
            "Add test data through the service's own code: learners (learner-NNN" + LearningSeeder.EMAIL_DOMAIN
                    + "), items (topics seed-*) and the new learners' answers, which move the Elo estimates.",
            "Idempotent: what exists is kept and a second run adds nothing. Exit 0."
        })
public class SeedCommand extends ServiceCommand {

    @Inject
    LearningSeeder seeder;

    @Option(names = "--learners", paramLabel = "N", description = "Seed learners in all (default: ${DEFAULT-VALUE}).")
    int learners = SeedSize.DEFAULT_LEARNERS;

    @Option(names = "--items", paramLabel = "N", description = "Seed items in all (default: ${DEFAULT-VALUE}).")
    int items = SeedSize.DEFAULT_ITEMS;

    @Option(
            names = "--attempts",
            paramLabel = "N",
            description = "Answers of each newly created learner (default: ${DEFAULT-VALUE}).")
    int attempts = SeedSize.DEFAULT_ATTEMPTS_PER_LEARNER;

    @Option(
            names = "--random-seed",
            paramLabel = "S",
            description = "Same seed, same data (default: ${DEFAULT-VALUE}).")
    long randomSeed = SeedSize.DEFAULT_RANDOM_SEED;

    @Override
    public Integer call() {
        SeedSize size;
        try {
            size = new SeedSize(learners, items, attempts, randomSeed);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        SeedReport report = seeder.seed(size);
        document(report);
        line(summary(report));
        return ExitCode.OK;
    }

    static String summary(SeedReport report) {
        return "Seeded: %d learners created (%d there already), %d items created (%d there already), %d answers recorded"
                .formatted(
                        report.learnersCreated(),
                        report.learnersExisting(),
                        report.itemsCreated(),
                        report.itemsExisting(),
                        report.attemptsRecorded());
    }
}
