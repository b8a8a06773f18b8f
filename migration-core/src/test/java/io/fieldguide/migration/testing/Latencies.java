package io.fieldguide.migration.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Latencies of one kind of request, in milliseconds, with nearest-rank percentiles: for benchmarks. */
public final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    public void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    public int count() {
        return millis.size();
    }

    /** The nearest-rank percentile, {@code p} between 0 and 1. */
    public double percentile(double p) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    @Override
    public String toString() {
        return String.format(
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", percentile(0.50), percentile(0.95), percentile(0.99));
    }
}
