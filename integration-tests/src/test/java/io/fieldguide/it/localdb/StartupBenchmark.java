package io.fieldguide.it.localdb;

import io.fieldguide.it.PackagedService;
import io.fieldguide.migration.testing.BenchmarkSection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long the packaged feeding-tracker takes from {@code java -jar} to readiness UP on its local
 * PostgreSQL, on an existing data directory (the server stopped, as after the last service ended)
 * and on a fresh one (initdb included; the binaries already unpacked, as on any machine after its
 * first start). The first start on a new machine, which also unpacks the binaries, is measured once.
 *
 * <p>With {@code --baseline ROOT} (a checkout of an earlier commit, packaged) it starts that build's
 * jar too, alternating with this one in every round, and reports the ratio of the medians.
 *
 * <pre>
 * ./mvnw -B -pl integration-tests -am -Pstartup-benchmark package -DskipTests \
 *     -Dstartup.bench.args="--runs 5 --baseline ../before"
 * </pre>
 */
public final class StartupBenchmark {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    /**
     * This build started with its AppCDS archive, when it was packaged with one
     * ({@code -Dquarkus.package.jar.appcds.enabled=true}): {@code java -XX:SharedArchiveFile=... -jar}.
     */
    private static final String APP_CDS = "this build, AppCDS";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("--runs", "5"));
        Map<String, Path> builds = new LinkedHashMap<>();
        if (options.containsKey("--baseline")) {
            builds.put("before (" + options.get("--baseline") + ")", Path.of(options.get("--baseline")));
        }
        builds.put("this build", PackagedService.servicesDir());
        Path appCds = PackagedService.jar(PackagedService.servicesDir(), "feeding-tracker")
                .resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(appCds)) {
            builds.put(APP_CDS, PackagedService.servicesDir());
        }

        Path work = Files.createTempDirectory("startup-bench");
        Map<String, Long> firstOnNewMachine = new LinkedHashMap<>();
        for (Map.Entry<String, Path> build : builds.entrySet()) {
            firstOnNewMachine.put(
                    build.getKey(),
                    readyMillis(build.getKey(), build.getValue(), work.resolve(slug(build.getKey())), "pgdata"));
        }
        Map<String, List<Long>> warm = new LinkedHashMap<>();
        Map<String, List<Long>> cold = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            for (Map.Entry<String, Path> build : builds.entrySet()) {
                Path home = work.resolve(slug(build.getKey()));
                warm.computeIfAbsent(build.getKey(), k -> new ArrayList<>())
                        .add(readyMillis(build.getKey(), build.getValue(), home, "pgdata"));
                cold.computeIfAbsent(build.getKey(), k -> new ArrayList<>())
                        .add(readyMillis(build.getKey(), build.getValue(), home, "fresh-" + run));
                System.out.printf(
                        "run %d %s: warm %d ms, fresh %d ms%n",
                        run, build.getKey(), last(warm.get(build.getKey())), last(cold.get(build.getKey())));
            }
        }
        String markdown = report(runs, builds.keySet(), firstOnNewMachine, warm, cold, String.join(" ", args));
        System.out.println(markdown);
        if (!options.containsKey("--no-doc")) {
            BenchmarkSection.replace(
                    PackagedService.servicesDir().resolve("docs/benchmarks.md"), "startup-benchmark", markdown);
        }
    }

    /** One start to readiness UP, then a normal stop (the server stops with its last client). */
    private static long readyMillis(String build, Path root, Path home, String dataDirectory) throws Exception {
        Files.createDirectories(home);
        List<String> options = new ArrayList<>(List.of(
                "fieldguide.embedded-postgres.data-dir="
                        + home.resolve(".fieldguide").resolve(dataDirectory),
                "quarkus.log.level=WARN"));
        if (build.equals(APP_CDS)) {
            options.add("-XX:SharedArchiveFile="
                    + PackagedService.jar(root, "feeding-tracker").resolveSibling("app-cds.jsa"));
        }
        try (PackagedService service = PackagedService.start(root, "feeding-tracker", home, options)) {
            return service.awaitReady(LIMIT).toMillis();
        }
    }

    private static String report(
            int runs,
            Iterable<String> builds,
            Map<String, Long> first,
            Map<String, List<Long>> warm,
            Map<String, List<Long>> cold,
            String args) {
        StringBuilder out = new StringBuilder("## Start-up: `java -jar` to readiness UP on the local PostgreSQL\n\n");
        out.append(BenchmarkSection.ranWith(
                        "./mvnw -B -pl integration-tests -am -Pstartup-benchmark package -DskipTests"
                                + (args.isBlank() ? "" : " -Dstartup.bench.args=\"" + args + "\"")))
                .append(". feeding-tracker, medians of ")
                .append(runs)
                .append(" alternating runs; time from process start to the first 200 from `/q/health/ready`.")
                .append(" Code: `integration-tests/src/test/java/io/fieldguide/it/localdb/StartupBenchmark.java`.\n\n")
                .append("| build | existing data directory | fresh data directory | first start on a new machine |\n")
                .append("|---|---:|---:|---:|\n");
        for (String build : builds) {
            out.append("| %s | **%,d ms** | **%,d ms** | %,d ms |\n"
                    .formatted(build, median(warm.get(build)), median(cold.get(build)), first.get(build)));
        }
        List<String> names = new ArrayList<>();
        builds.forEach(names::add);
        String baseline = names.get(0);
        if (baseline.startsWith("before")) {
            for (String build : names.subList(1, names.size())) {
                out.append("\nRatio %s / before: existing data directory %.2f, fresh %.2f."
                        .formatted(
                                build,
                                (double) median(warm.get(build)) / median(warm.get(baseline)),
                                (double) median(cold.get(build)) / median(cold.get(baseline))));
            }
            out.append('\n');
        }
        long existing = median(warm.get("this build"));
        long fresh = median(cold.get("this build"));
        out.append("\nTargets (issue 7) for `java -jar` as README.md runs it: under 3 s on an existing data directory ")
                .append(existing < 3000 ? "**met**" : "**missed**")
                .append(", under 5 s on a fresh one ")
                .append(fresh < 5000 ? "**met**" : "**missed**")
                .append(".\n");
        return out.toString();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long last(List<Long> values) {
        return values.get(values.size() - 1);
    }

    private static String slug(String build) {
        return build.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            options.put(args[i], hasValue ? args[++i] : "");
        }
        return options;
    }
}
