package io.fieldguide.migration.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Redocly CLI ({@code @redocly/cli}, pinned), installed from npm into {@code target/npm/} of the
 * module on first use (npm's cache makes later installs quick), and run with the recommended rules
 * plus this project's {@code redocly.yaml} (beside this class: every service gets the same rules).
 * The same pattern as the core's squawk cross-check.
 */
public final class Redocly {

    public static final String VERSION = "2.77.0";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path binary;

    private Redocly(Path binary) {
        this.binary = binary;
    }

    public static boolean npmAvailable() {
        try {
            return run(List.of(npm(), "--version"), Path.of("."), 60).exitCode() == 0;
        } catch (IOException e) {
            return false; // no npm on the PATH
        }
    }

    /** Installs the pinned version unless it is already there. */
    public static Redocly install() throws IOException {
        Path prefix = Path.of("target", "npm", "redocly-" + VERSION).toAbsolutePath();
        Path binary = prefix.resolve("node_modules/.bin/redocly");
        if (!Files.isExecutable(binary)) {
            Files.createDirectories(prefix);
            Result install = run(
                    List.of(
                            npm(),
                            "install",
                            "--prefix",
                            prefix.toString(),
                            "--no-audit",
                            "--no-fund",
                            "@redocly/cli@" + VERSION),
                    prefix,
                    600);
            if (install.exitCode() != 0) {
                throw new IOException("npm install @redocly/cli@" + VERSION + " failed:\n" + install.output());
            }
        }
        return new Redocly(binary);
    }

    /** Lints the document with the recommended rules and {@code redocly.yaml}: its problems, errors and warnings. */
    public List<String> lint(Path document) throws IOException {
        Path workDir = document.getParent();
        try (InputStream rules = Redocly.class.getResourceAsStream("redocly.yaml")) {
            Files.copy(rules, workDir.resolve("redocly.yaml"), StandardCopyOption.REPLACE_EXISTING);
        }
        Result result = run(
                List.of(
                        binary.toString(),
                        "lint",
                        "--format",
                        "json",
                        "--max-problems",
                        "500",
                        "--config",
                        workDir.resolve("redocly.yaml").toString(),
                        document.toString()),
                workDir,
                300);
        JsonNode report;
        try {
            report = JSON.readTree(result.stdout());
        } catch (IOException e) {
            throw new IOException(
                    "redocly lint wrote no report (exit " + result.exitCode() + "):\n" + result.output(), e);
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode problem : report.path("problems")) {
            problems.add(problem.path("severity").asText() + " "
                    + problem.path("ruleId").asText() + " at "
                    + problem.path("location").path(0).path("pointer").asText() + ": "
                    + problem.path("message").asText());
        }
        return problems;
    }

    private static String npm() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "npm.cmd" : "npm";
    }

    private static Result run(List<String> command, Path workDir, int timeoutSeconds) throws IOException {
        Path stdout = Files.createTempFile("redocly", ".out");
        Path stderr = Files.createTempFile("redocly", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(
                    process.exitValue(),
                    Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {

        String output() {
            return stdout + stderr;
        }
    }
}
