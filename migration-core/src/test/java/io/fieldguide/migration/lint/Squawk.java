package io.fieldguide.migration.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * squawk 2.66.0, installed from npm ({@code squawk-cli}, which ships a native binary per platform)
 * into a directory of the build, and run on one script at a time.
 */
final class Squawk {

    static final String VERSION = "2.66.0";

    /** The oldest PostgreSQL the project supports (DESIGN.md, test harness): squawk's version-dependent rules follow it. */
    static final String PG_VERSION = "14";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path binary;

    private Squawk(Path binary) {
        this.binary = binary;
    }

    static boolean npmAvailable() {
        try {
            return run(List.of(npm(), "--version"), 60).exitCode() == 0;
        } catch (IOException e) {
            return false; // no npm on the PATH
        }
    }

    /** Installs squawk-cli into {@code prefix} unless that version is already there, and checks that it runs. */
    static Squawk installInto(Path prefix) throws IOException {
        Path binary = prefix.resolve("node_modules/.bin/squawk");
        if (!versionOf(binary).contains(VERSION)) {
            Files.createDirectories(prefix);
            Result install = run(
                    List.of(
                            npm(),
                            "install",
                            "--prefix",
                            prefix.toString(),
                            "--no-audit",
                            "--no-fund",
                            "squawk-cli@" + VERSION),
                    300);
            if (install.exitCode() != 0) {
                throw new IOException("npm install squawk-cli@" + VERSION + " failed:\n" + install.output());
            }
        }
        String version = versionOf(binary);
        if (!version.contains(VERSION)) {
            throw new IOException("squawk at " + binary + " does not run as " + VERSION + ": " + version);
        }
        return new Squawk(binary);
    }

    /** squawk's findings for one script, run as Flyway runs it: in a transaction or not. */
    List<SquawkFinding> lint(Path script, boolean inTransaction) throws IOException {
        List<String> command =
                new ArrayList<>(List.of(binary.toString(), "--reporter", "json", "--pg-version", PG_VERSION));
        if (inTransaction) {
            command.add("--assume-in-transaction");
        }
        command.add(script.toString());
        Result result = run(command, 120);
        if (result.exitCode() > 1) { // 0: clean, 1: findings
            throw new IOException("squawk failed on " + script + ":\n" + result.output());
        }
        List<SquawkFinding> findings = new ArrayList<>();
        String output = result.stdout().trim();
        for (JsonNode node : JSON.readTree(output.isEmpty() ? "[]" : output)) {
            findings.add(SquawkFinding.fromJson(
                    script.getFileName().toString(),
                    node.path("line").asInt(),
                    node.path("rule_name").asText(),
                    node.path("message").asText()));
        }
        return findings;
    }

    /** squawk's complaint if it knows one of the rules under another name or not at all; empty if it knows them all. */
    Optional<String> rejectedRuleNames(Collection<String> rules, Path anyScript) throws IOException {
        Result result = run(List.of(binary.toString(), "--exclude", String.join(",", rules), anyScript.toString()), 60);
        return result.output().contains("invalid rule name") ? Optional.of(result.output()) : Optional.empty();
    }

    private static String versionOf(Path binary) {
        if (!Files.isExecutable(binary)) {
            return "not installed";
        }
        try {
            return run(List.of(binary.toString(), "--version"), 60).output().trim();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String npm() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "npm.cmd" : "npm";
    }

    private record Result(int exitCode, String stdout, String stderr) {

        String output() {
            return stdout + stderr;
        }
    }

    private static Result run(List<String> command, long timeoutSeconds) throws IOException {
        Path stderr = Files.createTempFile("squawk-stderr", ".txt");
        try {
            Process process =
                    new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            process.getOutputStream().close(); // nothing to read: squawk must not wait for a script on stdin
            byte[] stdout = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(
                    process.exitValue(),
                    new String(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command, e);
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
