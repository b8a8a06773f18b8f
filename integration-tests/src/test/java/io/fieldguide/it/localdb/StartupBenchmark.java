package io.fieldguide.it.localdb;

import io.fieldguide.it.PackagedService;
import io.fieldguide.migration.testing.BenchmarkSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * How long a packaged service (feeding-tracker, or {@code --service NAME}) takes from {@code java -jar} to readiness UP on its local
 * PostgreSQL, on an existing data directory (the server stopped, as after the last service ended)
 * and on a fresh one (initdb included; the binaries already unpacked, as on any machine after its
 * first start). The first start on a new machine, which also unpacks the binaries, is measured once.
 *
 * <p>With {@code --baseline ROOT} (a checkout of an earlier commit, packaged) it starts that build's
 * jar too, alternating with this one in every round, and reports the ratio of the medians.
 *
 * <p>{@code --variant KEY=VALUE,...} (repeatable) adds a row started another way, alternating with
 * the others in every round: {@code name} (its label, {@code _} for a space), {@code jdk} (a
 * JAVA_HOME, by default the benchmark's), {@code app} (a {@code quarkus-app} folder, or a checkout
 * whose service is packaged; by default this build), {@code jvm} (JVM options separated by
 * {@code ;}) and {@code aot} (any value: a class cache made first by a training run of that variant,
 * start to readiness UP then a normal stop: on JDK 25+ an AOT cache, {@code -XX:AOTCacheOutput} then
 * {@code -XX:AOTCache}; below, a dynamic CDS archive, {@code -XX:ArchiveClassesAtExit} then
 * {@code -XX:SharedArchiveFile}).
 *
 * <p>Without {@code --variant} it also measures the ways {@code ./run SERVICE} starts the
 * service: on the benchmark's JDK, and on the newest JDK 25 or later it finds where {@code ./run}
 * looks (or {@code --run-jdk JAVA_HOME}), each with {@code ./run}'s JVM options and the class cache
 * {@code ./run} makes on that JDK. The targets are judged on those rows and on plain {@code java -jar}.
 *
 * <pre>
 * ./mvnw -B -pl integration-tests -am -Pstartup-benchmark package -DskipTests \
 *     -Dstartup.bench.args="--runs 5 --baseline ../before \
 *     --variant name=JDK_25_AOT_cache,jdk=/usr/lib/jvm/temurin-25-jdk-amd64,aot=1"
 * </pre>
 */
public final class StartupBenchmark {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    /** The service issue 7 measured; another one ({@code --service}) gets a section of its own. */
    private static final String DEFAULT_SERVICE = "feeding-tracker";

    /**
     * This build started with its AppCDS archive, when it was packaged with one
     * ({@code -Dquarkus.package.jar.appcds.enabled=true}): {@code java -XX:SharedArchiveFile=... -jar}.
     */
    private static final String APP_CDS = "this build, AppCDS";

    /** {@code ./run}'s JVM options (its FIELDGUIDE_JVM_OPTS default). */
    private static final List<String> RUN_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** Where {@code ./run} looks for a JDK 25 or newer when neither FIELDGUIDE_JAVA nor JAVA_HOME is set. */
    private static final List<String> JDK_FOLDERS = List.of(
            "/usr/lib/jvm",
            "/Library/Java/JavaVirtualMachines",
            System.getProperty("user.home") + "/.sdkman/candidates/java");

    /** One way to start the service: which JDK, which packaged jar, which JVM options. */
    private record Variant(String name, Path java, Path jar, List<String> jvm, boolean aot) {

        /**
         * JDK 25's AOT cache (JEP 483, 514, 515); below 25 a dynamic CDS archive (JDK 13+), which
         * holds parsed and verified classes only: what {@code ./run} uses on each.
         */
        boolean aotCacheJdk() {
            return hasAotCache(java);
        }

        String cacheOutputOption(Path cache) {
            return (aotCacheJdk() ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + cache;
        }

        String cacheOption(Path cache) {
            return (aotCacheJdk() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache;
        }

        /** The command line, as a reader would type it (the benchmark adds its own -D settings). */
        String command(Path aotCache) {
            List<String> parts = new ArrayList<>();
            parts.add(java.toString());
            parts.addAll(jvm);
            if (aot) {
                parts.add(cacheOption(aotCache.getFileName()));
            }
            parts.add("-jar");
            parts.add(jar.toString());
            return String.join(" ", parts);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("--runs", "5"));
        Path defaultJava = javaOf(Path.of(System.getProperty("java.home")));
        String service = options.getOrDefault("--service", DEFAULT_SERVICE);
        Path thisJar = PackagedService.jar(PackagedService.servicesDir(), service);
        List<Variant> variants = new ArrayList<>();
        if (options.containsKey("--baseline")) {
            Path root = Path.of(options.get("--baseline"));
            variants.add(new Variant(
                    "before (" + options.get("--baseline") + ")",
                    defaultJava,
                    PackagedService.jar(root, service),
                    List.of(),
                    false));
        }
        variants.add(new Variant("this build", defaultJava, thisJar, List.of(), false));
        Path appCds = thisJar.resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(appCds)) {
            variants.add(new Variant(APP_CDS, defaultJava, thisJar, List.of("-XX:SharedArchiveFile=" + appCds), false));
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--variant") && i + 1 < args.length) {
                variants.add(variant(args[++i], defaultJava, thisJar, service));
            }
        }
        if (!options.containsKey("--variant")) {
            variants.add(new Variant(runVariantName(defaultJava), defaultJava, thisJar, RUN_OPTIONS, true));
            Path runJdk = options.containsKey("--run-jdk") ? Path.of(options.get("--run-jdk")) : newestJdk25();
            if (runJdk != null) {
                Path java = javaOf(runJdk);
                variants.add(new Variant(runVariantName(java), java, thisJar, RUN_OPTIONS, true));
            }
        }

        Path work = Files.createTempDirectory("startup-bench");
        Map<String, Path> aotCaches = new LinkedHashMap<>();
        Map<String, String> training = new LinkedHashMap<>();
        for (Variant variant : variants) {
            if (variant.aot()) {
                Path cache = work.resolve(slug(variant.name()) + (variant.aotCacheJdk() ? ".aot" : ".jsa"));
                long started = System.nanoTime();
                long ready = train(variant, work.resolve("training-" + slug(variant.name())), cache);
                training.put(
                        variant.name(),
                        "ready in %,d ms, cache of %,d MB written %,d ms after start"
                                .formatted(
                                        ready,
                                        Files.size(cache) >> 20,
                                        Duration.ofNanos(System.nanoTime() - started)
                                                .toMillis()));
                aotCaches.put(variant.name(), cache);
                System.out.println("Training " + variant.name() + ": " + training.get(variant.name()));
            }
        }
        Map<String, Long> firstOnNewMachine = new LinkedHashMap<>();
        for (Variant variant : variants) {
            firstOnNewMachine.put(
                    variant.name(),
                    readyMillis(variant, aotCaches.get(variant.name()), work.resolve(slug(variant.name())), "pgdata"));
        }
        Map<String, List<Long>> warm = new LinkedHashMap<>();
        Map<String, List<Long>> cold = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            for (Variant variant : variants) {
                String name = variant.name();
                Path home = work.resolve(slug(name));
                warm.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(readyMillis(variant, aotCaches.get(name), home, "pgdata"));
                cold.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(readyMillis(variant, aotCaches.get(name), home, "fresh-" + run));
                System.out.printf(
                        "run %d %s: warm %d ms, fresh %d ms%n", run, name, last(warm.get(name)), last(cold.get(name)));
            }
        }
        String markdown = report(
                service, runs, variants, aotCaches, training, firstOnNewMachine, warm, cold, String.join(" ", args));
        System.out.println(markdown);
        if (!options.containsKey("--no-doc")) {
            BenchmarkSection.replace(
                    PackagedService.servicesDir().resolve("docs/benchmarks.md"),
                    service.equals(DEFAULT_SERVICE) ? "startup-benchmark" : "startup-benchmark-" + service,
                    markdown);
        }
    }

    /** {@code name=...,jdk=...,app=...,jvm=A;B,aot=1}: see the class comment. */
    private static Variant variant(String spec, Path defaultJava, Path thisJar, String service) throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            int equals = pair.indexOf('=');
            keys.put(equals < 0 ? pair : pair.substring(0, equals), equals < 0 ? "" : pair.substring(equals + 1));
        }
        Path java = keys.containsKey("jdk") ? javaOf(Path.of(keys.get("jdk"))) : defaultJava;
        Path jar = thisJar;
        if (keys.containsKey("app")) {
            Path app = Path.of(keys.get("app"));
            jar = Files.isRegularFile(app.resolve("quarkus-run.jar"))
                    ? app.resolve("quarkus-run.jar")
                    : PackagedService.jar(app, service);
        }
        List<String> jvm = keys.getOrDefault("jvm", "").isBlank()
                ? List.of()
                : Arrays.asList(keys.get("jvm").split(";"));
        boolean aot = keys.containsKey("aot");
        String name = keys.containsKey("name")
                ? keys.get("name").replace('_', ' ')
                : ("JDK " + javaVersion(java) + (aot ? ", AOT cache" : "") + (jvm.isEmpty() ? "" : ", " + jvm));
        return new Variant(name, java, jar, jvm, aot);
    }

    /**
     * The training run of an AOT variant: start to readiness UP on an existing data directory (made
     * by a first plain start), then a normal stop; the JVM writes the cache as it exits.
     */
    private static long train(Variant variant, Path home, Path cache) throws Exception {
        Files.createDirectories(home);
        Variant plain = new Variant(variant.name(), variant.java(), variant.jar(), variant.jvm(), false);
        readyMillis(plain, null, home, "pgdata");
        List<String> options = properties(home, "pgdata");
        options.addAll(variant.jvm());
        options.add(variant.cacheOutputOption(cache));
        PackagedService service = PackagedService.start(variant.java(), variant.jar(), home, options);
        try {
            long ready = service.awaitReady(LIMIT).toMillis();
            ProcessHandle.of(service.pid()).ifPresent(ProcessHandle::destroy);
            int exit = service.awaitExit(Duration.ofMinutes(10));
            if (!Files.isRegularFile(cache)) {
                throw new IllegalStateException("the training run of " + variant.name() + " exited with " + exit
                        + " and no class cache: " + service.log());
            }
            return ready;
        } finally {
            service.close();
        }
    }

    /** One start to readiness UP, then a normal stop (the server stops with its last client). */
    private static long readyMillis(Variant variant, Path aotCache, Path home, String dataDirectory) throws Exception {
        Files.createDirectories(home);
        List<String> options = properties(home, dataDirectory);
        options.addAll(variant.jvm());
        if (aotCache != null) {
            options.add(variant.cacheOption(aotCache));
        }
        try (PackagedService service = PackagedService.start(variant.java(), variant.jar(), home, options)) {
            return service.awaitReady(LIMIT).toMillis();
        }
    }

    private static List<String> properties(Path home, String dataDirectory) {
        return new ArrayList<>(List.of(
                "fieldguide.embedded-postgres.data-dir="
                        + home.resolve(".fieldguide").resolve(dataDirectory),
                "quarkus.log.level=WARN"));
    }

    private static String report(
            String service,
            int runs,
            List<Variant> variants,
            Map<String, Path> aotCaches,
            Map<String, String> training,
            Map<String, Long> first,
            Map<String, List<Long>> warm,
            Map<String, List<Long>> cold,
            String args) {
        StringBuilder out = new StringBuilder("## Start-up" + (service.equals(DEFAULT_SERVICE) ? "" : " of " + service)
                + ": `java -jar` and `./run` to readiness UP on the local PostgreSQL\n\n");
        out.append(BenchmarkSection.ranWith(
                        "./mvnw -B -pl integration-tests -am -Pstartup-benchmark package -DskipTests"
                                + (args.isBlank() ? "" : " -Dstartup.bench.args=\"" + args + "\"")))
                .append(". ")
                .append(service)
                .append(", medians of ")
                .append(runs)
                .append(" alternating runs; time from process start to the first 200 from `/q/health/ready`;")
                .append(" targets (issue 7): under 3 s on an existing data directory, under 5 s on a fresh one.")
                .append(" Code: `integration-tests/src/test/java/io/fieldguide/it/localdb/StartupBenchmark.java`.\n\n")
                .append("| build | existing data directory | fresh data directory | first start on a new machine |")
                .append(" targets |\n")
                .append("|---|---:|---:|---:|---|\n");
        for (Variant variant : variants) {
            String build = variant.name();
            long existing = median(warm.get(build));
            long fresh = median(cold.get(build));
            out.append("| %s | **%,d ms** | **%,d ms** | %,d ms | %s |\n"
                    .formatted(
                            build,
                            existing,
                            fresh,
                            first.get(build),
                            existing < 3000 && fresh < 5000
                                    ? "met"
                                    : "missed (" + (existing < 3000 ? "met" : "missed") + " / "
                                            + (fresh < 5000 ? "met" : "missed") + ")"));
        }
        String baseline = variants.get(0).name();
        if (baseline.startsWith("before")) {
            for (Variant variant : variants.subList(1, variants.size())) {
                String build = variant.name();
                out.append("\nRatio %s / before: existing data directory %.2f, fresh %.2f."
                        .formatted(
                                build,
                                (double) median(warm.get(build)) / median(warm.get(baseline)),
                                (double) median(cold.get(build)) / median(cold.get(baseline))));
            }
            out.append('\n');
        }
        out.append("\nCommands (the benchmark adds `-Duser.home`, `-Dquarkus.http.port`,")
                .append(" `-Dfieldguide.embedded-postgres.data-dir` and `-Dquarkus.log.level=WARN`):\n\n");
        for (Variant variant : variants) {
            out.append("- %s: `%s`%s\n"
                    .formatted(
                            variant.name(),
                            variant.command(aotCaches.getOrDefault(variant.name(), Path.of("app.aot")))
                                    .replace(
                                            PackagedService.servicesDir()
                                                            .toAbsolutePath()
                                                            .normalize()
                                                    + "/",
                                            ""),
                            training.containsKey(variant.name())
                                    ? "; training run (`"
                                            + variant.cacheOutputOption(Path.of("..."))
                                                    .replace("=...", "") + "`): " + training.get(variant.name())
                                    : ""));
        }
        out.append('\n');
        for (Variant variant : variants) {
            if (variant.name().equals("this build") || variant.name().startsWith("./run")) {
                long existing = median(warm.get(variant.name()));
                long fresh = median(cold.get(variant.name()));
                out.append("Targets for %s: under 3 s on an existing data directory %s, under 5 s on a fresh one %s.\n"
                        .formatted(
                                variant.name().equals("this build")
                                        ? "`java -jar` on JDK " + javaVersion(variant.java())
                                        : "`./run " + service + "` (" + variant.name() + ")",
                                existing < 3000 ? "**met**" : "**missed**",
                                fresh < 5000 ? "**met**" : "**missed**"));
            }
        }
        return out.toString();
    }

    /** JDK 25's AOT cache (JEP 483, 514, 515); below 25 a dynamic CDS archive, as {@code ./run} chooses. */
    private static boolean hasAotCache(Path java) {
        String version = javaVersion(java);
        return version.matches("\\d+") && Integer.parseInt(version) >= 25;
    }

    private static String runVariantName(Path java) {
        return "./run: JDK " + javaVersion(java) + ", " + (hasAotCache(java) ? "AOT cache" : "CDS archive") + ", "
                + String.join(" ", RUN_OPTIONS);
    }

    /** The newest JDK 25 or later where {@code ./run} looks for one, or null. */
    private static Path newestJdk25() throws IOException {
        Path newest = null;
        int newestVersion = 24;
        for (String folder : JDK_FOLDERS) {
            Path dir = Path.of(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var homes = Files.list(dir)) {
                for (Path home : homes.toList()) {
                    Path candidate =
                            Files.isDirectory(home.resolve("Contents/Home")) ? home.resolve("Contents/Home") : home;
                    String version = javaVersion(javaOf(candidate));
                    if (version.matches("\\d+") && Integer.parseInt(version) > newestVersion) {
                        newest = candidate;
                        newestVersion = Integer.parseInt(version);
                    }
                }
            }
        }
        return newest;
    }

    private static Path javaOf(Path javaHome) {
        return javaHome.resolve("bin").resolve("java");
    }

    /** The JDK's major version from its {@code release} file ("25"), or "?". */
    private static String javaVersion(Path java) {
        Path release = java.getParent().getParent().resolve("release");
        try (var in = Files.newBufferedReader(release)) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("JAVA_VERSION", "\"?\"").replace("\"", "");
            return version.split("\\.")[0];
        } catch (IOException e) {
            return "?";
        }
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
