package io.fieldguide.it.demo;

import io.fieldguide.it.PackagedService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The main job ({@code ./demo} at the repository root): every selected service's demo, one after the
 * other, on one local PostgreSQL in {@code target/demo/home}; a report per service and a summary
 * table on the console and in {@code target/demo/demo-report.md} and {@code .json}. Exits 1 when a
 * check failed.
 *
 * <p>Options: {@code --services feeding,course} (module names or their first word), {@code --scale
 * 0.1} (every dataset's default size times this), {@code --rows feeding=200000,course=1000000}.
 */
public final class DemoMain {

    static final List<ServiceDemo> DEMOS =
            List.of(new FeedingDemo(), new CourseDemo(), new LearningDemo(), new LotsDemo(), new ProteinDemo());

    private DemoMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        List<ServiceDemo> selected = select(options.getOrDefault("services", "all"));
        Map<String, Integer> rows = rows(selected, options);
        Path target = PackagedService.servicesDir().toAbsolutePath().normalize().resolve("target/demo");
        Path home = target.resolve("home");
        deleteRecursively(home);
        Files.createDirectories(home);

        Progress progress = Progress.onConsole();
        System.out.printf("Migration demos for %d services on one local PostgreSQL (%s)%n", selected.size(), home);
        long start = System.nanoTime();
        List<DemoResult> results = new ArrayList<>();
        DemoRunner runner = new DemoRunner(home, progress);
        for (ServiceDemo demo : selected) {
            results.add(runner.run(demo, rows.get(demo.module())));
        }
        DemoReport report = new DemoReport(results, (System.nanoTime() - start) / 1_000_000);
        report.writeTo(target);

        System.out.println();
        System.out.println(report.summaryTable());
        results.stream()
                .flatMap(r -> r.failedChecks().stream().map(c -> r.getService() + ": " + c.name() + ": " + c.detail()))
                .forEach(failure -> System.out.println("FAILED " + failure));
        System.out.printf(
                "%s in %.1f s. Reports: %s, %s%n",
                report.passed() ? "Every check passed" : "Some checks FAILED",
                (System.nanoTime() - start) / 1e9,
                target.resolve("demo-report.md"),
                target.resolve("demo-report.json"));
        System.exit(report.passed() ? 0 : 1);
    }

    static List<ServiceDemo> select(String names) {
        if (names.equals("all")) {
            return DEMOS;
        }
        List<ServiceDemo> selected = new ArrayList<>();
        for (String name : names.split(",")) {
            selected.add(byName(name.strip()));
        }
        return selected;
    }

    static ServiceDemo byName(String name) {
        return DEMOS.stream()
                .filter(demo -> demo.module().equals(name) || demo.module().startsWith(name + "-"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo for " + name + "; there are "
                        + DEMOS.stream().map(ServiceDemo::module).toList()));
    }

    private static Map<String, Integer> rows(List<ServiceDemo> selected, Map<String, String> options) {
        double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
        Map<String, Integer> rows = new LinkedHashMap<>();
        selected.forEach(demo -> rows.put(demo.module(), (int) Math.max(10, Math.round(demo.defaultRows() * scale))));
        for (String entry : options.getOrDefault("rows", "").split(",")) {
            if (!entry.isBlank()) {
                String[] nameAndRows = entry.split("=", 2);
                rows.put(
                        byName(nameAndRows[0].strip()).module(),
                        Integer.parseInt(nameAndRows[1].strip().replace("_", "")));
            }
        }
        return rows;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException(
                        "usage: ./demo [--services feeding,course,...] [--scale 0.5] [--rows feeding=200000,...]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
