package io.fieldguide.it.course;

import java.util.List;

/**
 * One phase (up, down or up again) as one side ran it: the wall-clock time of the whole call and each
 * migration step's own time.
 */
record StepTimes(long wallMillis, List<Step> steps) {

    record Step(String name, long millis) {}

    long stepMillis() {
        return steps.stream().mapToLong(Step::millis).sum();
    }
}
