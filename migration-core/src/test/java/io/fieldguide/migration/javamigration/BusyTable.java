package io.fieldguide.migration.javamigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Threads that keep reading and writing a table while a migration runs, each on its own pooled
 * connection and in autocommit, as an application does. Every statement is timed: the longest one
 * is the stall the migration caused. Failures are kept, not thrown, so a test can assert there were
 * none.
 */
final class BusyTable implements AutoCloseable {

    /** One statement a thread repeats; {@code n} is the thread's running count, for distinct values. */
    @FunctionalInterface
    interface Work {
        void run(Connection connection, long n) throws SQLException;
    }

    private final DataSource dataSource;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Future<?>> running = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong longestNanos = new AtomicLong();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    BusyTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Starts a thread that runs one parameterless statement again and again. */
    BusyTable repeat(String name, String sql) {
        return repeat(name, (connection, n) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.execute();
            }
        });
    }

    BusyTable repeat(String name, Work work) {
        running.add(threads.submit(() -> {
            try (Connection connection = dataSource.getConnection()) {
                for (long n = 1; !stopped.get(); n++) {
                    long start = System.nanoTime();
                    try {
                        work.run(connection, n);
                    } catch (SQLException e) {
                        failures.add(name + ": " + e.getMessage());
                    }
                    longestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                    statements.incrementAndGet();
                }
            } catch (SQLException e) {
                failures.add(name + ": no connection: " + e.getMessage());
            }
            return null;
        }));
        return this;
    }

    long statements() {
        return statements.get();
    }

    /** Waits until the threads have run this many more statements, so a phase is proven to overlap them. */
    void awaitStatements(long more) throws InterruptedException {
        long target = statements.get() + more;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (statements.get() < target && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    long longestStatementMillis() {
        return TimeUnit.NANOSECONDS.toMillis(longestNanos.get());
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws Exception {
        stopped.set(true);
        for (Future<?> thread : running) {
            thread.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();
    }
}
