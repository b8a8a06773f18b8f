package io.fieldguide.it.course;

import io.fieldguide.migration.testing.BenchmarkSection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The course-tracker section of docs/benchmarks.md, between its own markers. */
final class CourseBenchmarkReport {

    private final List<ScenarioResult> results;
    private final int rounds;
    private final String args;
    private final String databaseKind;

    CourseBenchmarkReport(List<ScenarioResult> results, int rounds, String args, String databaseKind) {
        this.results = results;
        this.rounds = rounds;
        this.args = args;
        this.databaseKind = databaseKind;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## course-tracker: the whole migration history through the API and directly\n\n");
        md.append(
                """
                course-tracker's migrations (4 SQL with U scripts, 2 Java `ReversibleMigration`s) up, down and up again,
                once through the packaged service's API (`POST /api/migrations`, `POST /api/migrations/rollback
                {"target": ...}` over HTTP with an admin token, the core recording every step) and once directly
                (`Flyway.migrate()` for up; for down, which Flyway Community lacks, each U script or Java `down()` and
                the history row's deletion in one transaction, by hand). The two sides run on twin databases of one
                PostgreSQL, in alternating order, %d rounds; figures are medians in milliseconds. The loaded database
                starts at V1734567890001 (the tables the data needs), so its history is the four later migrations:
                the user_preferences table, users.last_login, the concurrent index over all notes, and full_name
                computed for every user. Wall time is the whole call as the caller sees it (for the API: HTTP, token
                check, plan, data-loss check, run history); step times are each migration's own (Flyway's execution
                time directly, the core's recorded duration through the API). Overhead = API wall / direct wall - 1;
                the target is under 10%%.

                """
                        .formatted(rounds));
        for (ScenarioResult result : results) {
            md.append("### ").append(result.label()).append("\n\n");
            md.append("| phase | step | direct | API |\n|---|---|---:|---:|\n");
            for (String phase : result.phases()) {
                for (String step : result.steps(phase)) {
                    md.append("| ")
                            .append(phase)
                            .append(" | `")
                            .append(step)
                            .append("` | ")
                            .append(result.medianDirectStep(phase, step))
                            .append(" | ")
                            .append(result.medianApiStep(phase, step))
                            .append(" |\n");
                }
            }
            md.append("\n| phase | direct wall | API wall | difference | API overhead |\n|---|---:|---:|---:|---:|\n");
            long directTotal = 0;
            long apiTotal = 0;
            for (String phase : result.phases()) {
                long direct = result.medianDirectWall(phase);
                long api = result.medianApiWall(phase);
                directTotal += direct;
                apiTotal += api;
                md.append("| ")
                        .append(phase)
                        .append(" | ")
                        .append(direct)
                        .append(" | ")
                        .append(api)
                        .append(" | ")
                        .append(api - direct)
                        .append(" | ")
                        .append(overhead(api, direct))
                        .append(" |\n");
            }
            md.append("| **all three** | ")
                    .append(directTotal)
                    .append(" | ")
                    .append(apiTotal)
                    .append(" | ")
                    .append(apiTotal - directTotal)
                    .append(" | **")
                    .append(overhead(apiTotal, directTotal))
                    .append("** |\n\n")
                    .append("Target (API overhead under 10% over the three phases): **")
                    .append(apiTotal - directTotal < 0.10 * directTotal ? "met" : "missed")
                    .append("**.\n\n");
        }
        md.append(
                """
                Reading the figures: the API adds a roughly fixed cost per call, not per row (the HTTP round
                trip and token check, Flyway's `info()` read to plan the run, one run-history row per step, and
                for a rollback the data-loss check, which counts the rows and values its undos would drop;
                the direct side checks nothing). Against a history that runs in a tenth of a second on an empty
                database that fixed cost is a large share; where the steps do real work it is lost in the
                run-to-run noise. Step times agree between the two sides: the migrations run the same SQL.

                """);
        md.append("Measured ")
                .append(LocalDate.now(ZoneOffset.UTC))
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, JDK ")
                .append(System.getProperty("java.vm.version"))
                .append(", PostgreSQL (")
                .append(databaseKind)
                .append(" ")
                .append(System.getProperty("postgres.major", "17"))
                .append("), with:\n\n```bash\n")
                .append("./mvnw -B -pl course-tracker,integration-tests -am -Pcourse-benchmark package -DskipTests")
                .append(args.isBlank() ? "" : " -Dcourse.bench.args=\"" + args + "\"")
                .append("\n```\n\n");
        return md.toString();
    }

    private static String overhead(long api, long direct) {
        if (direct == 0) {
            return "n/a";
        }
        return String.format("%+.1f%%", 100.0 * (api - direct) / direct);
    }

    void writeTo(Path doc) {
        BenchmarkSection.replace(doc, "course-benchmarks", markdown());
    }
}
