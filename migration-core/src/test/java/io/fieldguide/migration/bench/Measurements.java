package io.fieldguide.migration.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What one run of each method measured, and the order statistics the report needs. */
final class Measurements {

    private Measurements() {}

    /** One {@code UPDATE feeding_records SET client_id = gen_random_uuid()} in autocommit. */
    record SingleRun(int repeat, int position, long rows, long nanos, long walBytes, double loadAfter) {

        double rowsPerSecond() {
            return rows * 1e9 / nanos;
        }
    }

    /**
     * One complete run of a batched job.
     *
     * @param method which runner: the core's, or a prototype
     * @param holdsMs the runner's own {@code hold_ms} of every batch (UPDATE to just before commit)
     * @param holdsWithCommitNanos measured here around every batch, commit included
     * @param roundTrips statements and commits the runner sent, job creation and finish included
     * @param loadAfter the machine's 1-minute load average when the run ended (the run itself adds about 1)
     */
    record BatchedRun(
            String method,
            int repeat,
            int position,
            long rows,
            long nanos,
            long walBytes,
            List<Long> holdsMs,
            List<Long> holdsWithCommitNanos,
            long roundTrips,
            double loadAfter) {

        double rowsPerSecond() {
            return rows * 1e9 / nanos;
        }

        int batches() {
            return holdsMs.size();
        }

        /** Time spent outside the batches' lock holds (claims, checks, checkpoints), per batch. */
        double outsideHoldsMsPerBatch() {
            long held = holdsWithCommitNanos.stream().mapToLong(Long::longValue).sum();
            return (nanos - held) / 1e6 / Math.max(1, batches());
        }

        double roundTripsPerBatch() {
            return (double) roundTrips / Math.max(1, batches());
        }
    }

    /** The 1-minute load average, or NaN where /proc/loadavg does not exist. */
    static double loadAverage() {
        try {
            String loadavg = Files.readString(Path.of("/proc/loadavg"));
            return Double.parseDouble(loadavg.substring(0, loadavg.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double median(Collection<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest-rank percentile, as PostgreSQL's {@code percentile_disc}. */
    static long percentile(Collection<Long> values, double fraction) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(fraction * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static long max(Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    static List<Long> nanosToMillis(Collection<Long> nanos) {
        return nanos.stream().map(n -> Math.round(n / 1e6)).toList();
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
