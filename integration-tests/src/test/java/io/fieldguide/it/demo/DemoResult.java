package io.fieldguide.it.demo;

import java.util.ArrayList;
import java.util.List;

/** What one service's demo did and found: its steps, its checks, the writer's longest stall per phase. */
final class DemoResult {

    record Step(String phase, String name, long durationMs, String detail, boolean success) {}

    record Check(String name, boolean passed, String detail) {}

    /** The old release's writes during one phase: how many, and the longest one. */
    record WriteStall(String phase, long writes, long longestMs) {}

    private final String service;
    private final long datasetRows;
    private final List<Step> steps = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<WriteStall> stalls = new ArrayList<>();
    private long durationMs;

    DemoResult(String service, long datasetRows) {
        this.service = service;
        this.datasetRows = datasetRows;
    }

    void step(Step step) {
        steps.add(step);
    }

    void check(String name, boolean passed, String detail) {
        checks.add(new Check(name, passed, detail));
    }

    void stall(WriteStall stall) {
        stalls.add(stall);
    }

    void finished(long durationMs) {
        this.durationMs = durationMs;
    }

    public String getService() {
        return service;
    }

    public long getDatasetRows() {
        return datasetRows;
    }

    public List<Step> getSteps() {
        return steps;
    }

    public List<Check> getChecks() {
        return checks;
    }

    public List<WriteStall> getWriteStalls() {
        return stalls;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public boolean isPassed() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }

    public long getLongestWriteStallMs() {
        return stalls.stream().mapToLong(WriteStall::longestMs).max().orElse(0);
    }

    List<Check> failedChecks() {
        return checks.stream().filter(check -> !check.passed()).toList();
    }
}
