package io.fieldguide.it.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The old release, still writing while the migrations run: one connection inserting a row every
 * {@value #PACE_MS} ms, each insert timed. A migration that blocks writers shows up as one long
 * insert (the write stall); an insert that fails is a write the migration broke.
 */
final class WriteProbe implements AutoCloseable {

    static final int PACE_MS = 10;

    /** One insert: when it started and ended, in ns since the probe started. */
    private record Sample(long started, long ended) {}

    private final Connection connection;
    private final String insertSql;
    private final List<Sample> samples = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final long origin = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;

    /** {@code insertSql} takes one parameter, a sequence number that makes each row unique. */
    WriteProbe(DemoDatabase database, String insertSql) throws SQLException {
        this.connection = database.connect();
        this.insertSql = insertSql;
        thread = new Thread(this::writeUntilClosed, "write-probe");
        thread.setDaemon(true);
        thread.start();
    }

    long now() {
        return System.nanoTime() - origin;
    }

    private void writeUntilClosed() {
        try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
            while (running) {
                long started = now();
                try {
                    insert.setLong(1, sequence.incrementAndGet());
                    insert.executeUpdate();
                } catch (SQLException e) {
                    synchronized (this) {
                        failures.add(e.getMessage());
                    }
                }
                synchronized (this) {
                    samples.add(new Sample(started, now()));
                }
                Thread.sleep(PACE_MS);
            }
        } catch (SQLException | InterruptedException e) {
            synchronized (this) {
                failures.add(e.toString());
            }
        }
    }

    /** The longest insert that overlapped {@code [from, to]}, in ms. */
    synchronized long longestStallMs(long from, long to) {
        return samples.stream()
                        .filter(s -> s.ended() >= from && s.started() <= to)
                        .mapToLong(s -> s.ended() - s.started())
                        .max()
                        .orElse(0)
                / 1_000_000;
    }

    synchronized long writes(long from, long to) {
        return samples.stream()
                .filter(s -> s.started() >= from && s.started() <= to)
                .count();
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws Exception {
        running = false;
        thread.join(60_000);
        connection.close();
    }
}
