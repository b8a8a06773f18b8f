package io.fieldguide.it.feeding;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The application during a migration: one connection inserting a feeding record after another, as
 * the old release does (V1 columns only), recording how long each insert took. A migration that
 * blocks writers shows up as one very long insert.
 */
final class InsertStallProbe implements AutoCloseable {

    /** One insert: when it started (ns since the probe started) and how long it took. */
    record Sample(long startedNanos, long tookNanos) {}

    private final Connection connection;
    private final Thread thread;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final long origin = System.nanoTime();
    private volatile boolean running = true;
    private volatile Exception failure;

    InsertStallProbe(String jdbcUrl, String user, String password) throws Exception {
        connection = DriverManager.getConnection(jdbcUrl, user, password);
        thread = new Thread(this::insertUntilStopped, "insert-stall-probe");
        thread.setDaemon(true);
        thread.start();
    }

    long now() {
        return System.nanoTime() - origin;
    }

    private void insertUntilStopped() {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO feeding_records (feeding_time, food_type, notes) VALUES (now(), 'formula', 'probe')")) {
            while (running) {
                long start = now();
                insert.executeUpdate();
                samples.add(new Sample(start, now() - start));
            }
        } catch (Exception e) {
            failure = e;
        }
    }

    /** The inserts that overlapped the window {@code [fromNanos, toNanos]}. */
    List<Sample> during(long fromNanos, long toNanos) {
        synchronized (samples) {
            return samples.stream()
                    .filter(s -> s.startedNanos() + s.tookNanos() >= fromNanos && s.startedNanos() <= toNanos)
                    .toList();
        }
    }

    @Override
    public void close() throws Exception {
        running = false;
        thread.join(60_000);
        connection.close();
        if (failure != null) {
            throw new IllegalStateException("the probe's inserts failed", failure);
        }
    }
}
