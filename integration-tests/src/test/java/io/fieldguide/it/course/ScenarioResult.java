package io.fieldguide.it.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every round's timings of one scenario, by phase, for both sides; medians on request. */
final class ScenarioResult {

    record Pair(StepTimes api, StepTimes direct) {}

    private final String label;
    private final Map<String, List<Pair>> phases = new LinkedHashMap<>();

    ScenarioResult(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    void add(String phase, StepTimes api, StepTimes direct) {
        phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(new Pair(api, direct));
    }

    List<String> phases() {
        return List.copyOf(phases.keySet());
    }

    long medianApiWall(String phase) {
        return median(
                phases.get(phase).stream().map(pair -> pair.api().wallMillis()).toList());
    }

    long medianDirectWall(String phase) {
        return median(phases.get(phase).stream()
                .map(pair -> pair.direct().wallMillis())
                .toList());
    }

    /** The step names of a phase, in the order they ran. */
    List<String> steps(String phase) {
        return phases.get(phase).get(0).direct().steps().stream()
                .map(StepTimes.Step::name)
                .toList();
    }

    long medianApiStep(String phase, String step) {
        return median(
                phases.get(phase).stream().map(pair -> millis(pair.api(), step)).toList());
    }

    long medianDirectStep(String phase, String step) {
        return median(phases.get(phase).stream()
                .map(pair -> millis(pair.direct(), step))
                .toList());
    }

    private static long millis(StepTimes times, String step) {
        return times.steps().stream()
                .filter(s -> s.name().equals(step))
                .mapToLong(StepTimes.Step::millis)
                .findFirst()
                .orElse(-1);
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
