package io.fieldguide.migration.embedded;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * This JVM's use of the local PostgreSQL ({@link LocalPostgres}): started or adopted once, in the
 * background as soon as the run-time configuration is first read, so that it comes up while
 * Quarkus boots; joined when the datasource asks for its URL.
 *
 * <p>When the JVM ends, it leaves the server's clients and stops the server if it was the last
 * one: a user who presses Ctrl-C on the last service expects nothing left running. A SIGKILLed
 * JVM cannot do that; the server then runs on until the next process adopts it. While the JVM
 * runs, a watchdog starts the server again if its postmaster dies (the OOM killer, a {@code kill
 * -9}): on the same port, so the connection pool simply reconnects. A server stopped on purpose
 * ({@code db stop --force}) stays stopped.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final long WATCHDOG_INTERVAL_MILLIS = 1_000;

    private static LocalPostgres server;
    private static CompletableFuture<LocalPostgres.Running> running;
    private static final Set<String> databases = new HashSet<>();
    private static volatile boolean releasing;
    private static volatile boolean usedByDatasource;

    private EmbeddedPostgresServer() {}

    /**
     * True once this JVM's datasource uses the local server: the service runs as a local demo. A
     * server only warmed up early ({@link #startEarly}) does not count: the datasource may still be
     * configured elsewhere.
     */
    public static boolean isRunning() {
        return usedByDatasource;
    }

    /**
     * Called first thing in {@code main}: if the configuration names no datasource URL, start or
     * adopt the server now, while the JVM loads Quarkus, instead of when the datasource asks.
     */
    public static void startEarly() {
        if (LaunchMode.current() != LaunchMode.NORMAL || Boolean.getBoolean("quarkus.appcds.generate")) {
            // Tests and dev mode configure their datasource in ways this early look cannot see; the
            // AppCDS training run during packaging ends before any database is needed.
            return;
        }
        daemon(() -> {
            try {
                LocalDatabaseSettings settings = LocalDatabaseSettings.from(StandaloneConfig.load()::value);
                if (settings.enabled()) {
                    startInBackground(settings.dataDirectory());
                }
            } catch (RuntimeException e) {
                // the datasource starts it later, and reports what went wrong
                Log.debugf(e, "Early start of the local PostgreSQL skipped");
            }
        });
    }

    /** Starts or adopts the server of {@code dataDirectory} in the background, once per JVM. */
    static synchronized void startInBackground(Path dataDirectory) {
        Path wanted = dataDirectory.toAbsolutePath().normalize();
        if (server != null && server.dataDirectory().equals(wanted)) {
            return;
        }
        if (server == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::release, "local-postgres-release"));
            daemon(EmbeddedPostgresServer::watch);
        } else {
            // The early start read the configuration differently from Quarkus, and Quarkus is right.
            Log.warnf("Local PostgreSQL: using %s, not %s", wanted, server.dataDirectory());
            LocalPostgres early = server;
            daemon(() -> early.release(ProcessHandle.current()));
            databases.clear();
        }
        LocalPostgres starting = new LocalPostgres(wanted);
        server = starting;
        running = CompletableFuture.supplyAsync(
                () -> starting.startOrAdopt(ProcessHandle.current()), EmbeddedPostgresServer::daemon);
    }

    /** The JDBC URL of {@code database} on the local server, creating the database if needed. */
    public static String jdbcUrl(Path dataDirectory, String database) {
        usedByDatasource = true;
        startInBackground(dataDirectory);
        LocalPostgres.Running server = awaitServer();
        synchronized (EmbeddedPostgresServer.class) {
            if (databases.add(database)) {
                EmbeddedPostgresServer.server.createDatabaseIfMissing(server, database);
            }
        }
        return server.jdbcUrl(database);
    }

    private static LocalPostgres.Running awaitServer() {
        CompletableFuture<LocalPostgres.Running> future;
        synchronized (EmbeddedPostgresServer.class) {
            future = running;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void release() {
        releasing = true;
        LocalPostgres used;
        synchronized (EmbeddedPostgresServer.class) {
            used = server;
        }
        try {
            if (used != null && used.release(ProcessHandle.current())) {
                Log.infof("Local PostgreSQL stopped: this was its last client (data in %s)", used.dataDirectory());
            }
        } catch (RuntimeException e) {
            // The JVM is exiting; a server left running is adopted by the next process.
            Log.debugf(e, "Could not release the local PostgreSQL");
        }
    }

    /** Starts the server again when its postmaster is gone; another process may have done it first. */
    private static void watch() {
        try {
            awaitServer();
        } catch (RuntimeException startFailed) {
            return; // the datasource reports it
        }
        while (!releasing) {
            try {
                Thread.sleep(WATCHDOG_INTERVAL_MILLIS);
                LocalPostgres.Running known = awaitServer();
                boolean alive = ProcessHandle.of(known.pid())
                        .map(ProcessHandle::isAlive)
                        .orElse(false);
                if (releasing || alive || server.stoppedOnPurpose()) {
                    continue;
                }
                Log.warnf("Local PostgreSQL (PID %d) is gone; starting it again", known.pid());
                LocalPostgres.Running again = server.startOrAdopt(ProcessHandle.current());
                synchronized (EmbeddedPostgresServer.class) {
                    running = CompletableFuture.completedFuture(again);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                Log.warnf("Local PostgreSQL could not be started again: %s", e.getMessage());
            }
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "local-postgres");
        thread.setDaemon(true);
        thread.start();
    }
}
