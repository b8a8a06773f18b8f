package io.fieldguide.it.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every demo's result: a report per service and a summary table, as Markdown, JSON and console text. */
final class DemoReport {

    private final List<DemoResult> results;
    private final long totalMs;

    DemoReport(List<DemoResult> results, long totalMs) {
        this.results = results;
        this.totalMs = totalMs;
    }

    boolean passed() {
        return !results.isEmpty() && results.stream().allMatch(DemoResult::isPassed);
    }

    String summaryTable() {
        StringBuilder table = new StringBuilder(
                "| service | result | rows loaded | checks passed | upgrade | rollback | upgrade again | longest write stall | total |\n"
                        + "|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (DemoResult result : results) {
            long passed =
                    result.getChecks().stream().filter(DemoResult.Check::passed).count();
            table.append(String.format(
                    "| %s | %s | %,d | %d/%d | %s | %s | %s | %,d ms | %.1f s |%n",
                    result.getService(),
                    result.isPassed() ? "pass" : "**FAIL**",
                    result.getDatasetRows(),
                    passed,
                    result.getChecks().size(),
                    phaseTime(result, "upgrade"),
                    phaseTime(result, "rollback"),
                    phaseTime(result, "upgrade again"),
                    result.getLongestWriteStallMs(),
                    result.getDurationMs() / 1000.0));
        }
        return table.toString();
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# End-to-end migration demos\n\n");
        md.append(String.format(
                "%s in %.1f s. Each service: legacy data loaded at its guide's \"before\" version, the upgrade"
                        + " path over HTTP, a rollback and the upgrade again, while one writer of the old release"
                        + " inserted a row every %d ms.%n%n",
                passed() ? "All checks passed" : "**Some checks failed**", totalMs / 1000.0, WriteProbe.PACE_MS));
        md.append(summaryTable());
        for (DemoResult result : results) {
            md.append("\n## ")
                    .append(result.getService())
                    .append("\n\n| phase | step | ms | result |\n|---|---|---:|---|\n");
            for (DemoResult.Step step : result.getSteps()) {
                md.append(String.format(
                        "| %s | %s | %,d | %s%s |%n",
                        step.phase(),
                        step.name(),
                        step.durationMs(),
                        step.success() ? "" : "**failed:** ",
                        cell(step.detail())));
            }
            md.append("\n| write stall during | writes | longest |\n|---|---:|---:|\n");
            for (DemoResult.WriteStall stall : result.getWriteStalls()) {
                md.append(String.format("| %s | %,d | %,d ms |%n", stall.phase(), stall.writes(), stall.longestMs()));
            }
            md.append("\n| check | result | detail |\n|---|---|---|\n");
            for (DemoResult.Check check : result.getChecks()) {
                md.append(String.format(
                        "| %s | %s | %s |%n",
                        check.name(), check.passed() ? "pass" : "**FAIL**", cell(check.detail())));
            }
        }
        return md.toString();
    }

    void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("demo-report.md"), markdown());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("passed", passed());
        json.put("durationMs", totalMs);
        json.put("services", results);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("demo-report.json").toFile(), json);
    }

    private static String phaseTime(DemoResult result, String phase) {
        long ms = result.getSteps().stream()
                .filter(step -> step.phase().equals(phase) && !step.name().startsWith("verify"))
                .mapToLong(DemoResult.Step::durationMs)
                .sum();
        return String.format("%,d ms", ms);
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
