package io.fieldguide.learning.partition;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Creates the coming years' partitions ahead of time, shortly after start-up and then daily, so that
 * attempts never land in the default partition (from which a year cannot be split off cheaply).
 * Several instances may run it at once: creating a partition that another just created is skipped
 * by the function's own check, and PostgreSQL's lock on {@code attempts} orders the rest.
 */
@ApplicationScoped
public class PartitionJob {

    private final AttemptPartitions partitions;

    PartitionJob(AttemptPartitions partitions) {
        this.partitions = partitions;
    }

    @Scheduled(
            identity = "attempt-partitions",
            every = "${learning.partitions.check-every:24h}",
            delayed = "${learning.partitions.first-check-after:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ensureAhead() {
        try {
            EnsuredPartitions ensured = partitions.ensureAhead();
            if (!ensured.created().isEmpty()) {
                Log.infof("Created attempts partitions %s", ensured.created());
            }
        } catch (RuntimeException e) {
            // The next run tries again; the default partition takes the attempts meanwhile.
            Log.warnf("Could not create the coming attempts partitions: %s", e.getMessage());
        }
    }
}
