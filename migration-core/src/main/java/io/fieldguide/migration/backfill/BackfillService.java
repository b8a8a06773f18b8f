package io.fieldguide.migration.backfill;

import io.fieldguide.migration.config.MigrationCoreConfig;
import io.fieldguide.migration.history.RunRecorder;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.fieldguide.migration.run.Direction;
import io.fieldguide.migration.run.MigrationStep;
import io.fieldguide.migration.run.RunKind;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The service's declared backfills: run one now or in the background, cancel it, report progress. */
@ApplicationScoped
public class BackfillService {

    private final Map<String, Backfill> backfills;
    private final BackfillRunner runner;
    private final BackfillJobStore store;
    private final BackfillProgressReader progress;
    private final RunRecorder recorder;
    private final BackfillOptions defaults;
    private final ExecutorService background = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "backfill");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();

    BackfillService(
            Instance<Backfill> declared,
            BackfillRunner runner,
            BackfillJobStore store,
            BackfillProgressReader progress,
            RunRecorder recorder,
            MigrationCoreConfig config) {
        this.backfills = declared.stream().collect(Collectors.toMap(Backfill::name, Function.identity()));
        this.runner = runner;
        this.store = store;
        this.progress = progress;
        this.recorder = recorder;
        this.defaults = BackfillOptions.from(config.backfill());
    }

    public List<String> names() {
        return backfills.keySet().stream().sorted().toList();
    }

    public BackfillOptions defaults() {
        return defaults;
    }

    /** Runs the job on the calling thread until it is complete or cancelled, and records the run. */
    public BackfillProgress runNow(String name, BackfillOptions options, String triggeredBy) {
        Backfill backfill = backfill(name);
        Instant startedAt = Instant.now();
        try {
            String status = runner.run(backfill, options);
            recorder.record(
                    List.of(MigrationStep.succeeded(RunKind.BACKFILL, name, null, Direction.NONE, startedAt)),
                    triggeredBy);
            Log.debugf("Backfill %s ended %s", name, status);
        } catch (SQLException | RuntimeException e) {
            recorder.record(
                    List.of(MigrationStep.failed(
                            RunKind.BACKFILL, name, null, Direction.NONE, startedAt, e.getMessage())),
                    triggeredBy);
            throw new IllegalStateException("Backfill " + name + " failed: " + e.getMessage(), e);
        }
        return progress(name);
    }

    /**
     * Runs the job to the end as {@link #runNow} does; then, while rows still need the change
     * ({@link Backfill#remaining}) and {@link BackfillOptions#maxRounds} allows, forgets its
     * checkpoints and walks the table again. A walk fixes its key range at the start, so rows that an
     * older release inserts meanwhile, behind the range, are only reached by the next walk. A
     * completed job with nothing remaining is not run; a walk that stops early ends the call, so a
     * cancel is respected.
     *
     * <p>Another walk meets the rows it changed before, so this is only for a change that leaves a
     * changed row alone (its batch SQL carries the same condition as {@link SqlBackfill#remainingWhere}).
     */
    public BackfillRounds runUntilNoneRemain(String name, BackfillOptions options, String triggeredBy) {
        Backfill backfill = backfill(name);
        BackfillProgress last = progress.progress(name).orElse(null);
        long changed = 0;
        int rounds = 0;
        while (rounds < options.maxRounds()) {
            OptionalLong remaining = remaining(backfill);
            boolean nothingRemains = remaining.isPresent() && remaining.getAsLong() == 0;
            if (last != null && last.isFinished()) {
                if (remaining.isEmpty() || nothingRemains) {
                    break;
                }
                reset(name);
                last = null;
            } else if (last == null && nothingRemains) {
                break;
            }
            long before = last == null ? 0 : last.rowsChanged();
            rounds++;
            last = runNow(name, options, triggeredBy);
            changed += last.rowsChanged() - before;
            Log.infof(
                    "Backfill %s round %d: %d rows changed, status %s",
                    name, rounds, last.rowsChanged() - before, last.status());
            if (!last.isFinished()) {
                break;
            }
        }
        return new BackfillRounds(last, rounds, changed);
    }

    /** Starts the job on a background thread unless it already runs here; returns its progress. */
    public BackfillProgress start(String name, BackfillOptions options, String triggeredBy) {
        backfill(name);
        running.compute(
                name,
                (key, existing) -> existing != null && !existing.isDone()
                        ? existing
                        : background.submit(() -> runNow(name, options, triggeredBy)));
        return progressOrStarting(name);
    }

    /** Forgets the job's checkpoints so the next run walks the whole table again. */
    public void reset(String name) {
        backfill(name);
        try (Connection connection = store.connect()) {
            store.delete(connection, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset backfill " + name, e);
        }
    }

    /** Asks every runner of the job, here or in another instance, to stop after its current batch. */
    public BackfillProgress cancel(String name) {
        backfill(name);
        try (Connection connection = store.connect()) {
            if (!store.requestCancel(connection, name)) {
                throw new ResourceNotFoundException(
                        "Backfill " + name + " has not started, so there is nothing to cancel");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not cancel backfill " + name, e);
        }
        return progress(name);
    }

    public BackfillProgress progress(String name) {
        backfill(name);
        return progress.progress(name)
                .orElseThrow(() -> new ResourceNotFoundException("Backfill " + name + " has not started"));
    }

    public List<BackfillProgress> all() {
        return progress.all();
    }

    private BackfillProgress progressOrStarting(String name) {
        return progress.progress(name)
                .orElseGet(() -> new BackfillProgress(
                        name,
                        "starting",
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        null,
                        defaults.batchSize(),
                        0,
                        Instant.now(),
                        Instant.now(),
                        null,
                        null));
    }

    private Backfill backfill(String name) {
        Backfill backfill = backfills.get(name);
        if (backfill == null) {
            throw new ResourceNotFoundException("No backfill named '" + name + "'; this service declares " + names());
        }
        return backfill;
    }

    private OptionalLong remaining(Backfill backfill) {
        try (Connection connection = store.connect()) {
            return backfill.remaining(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the rows backfill " + backfill.name() + " still needs", e);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
