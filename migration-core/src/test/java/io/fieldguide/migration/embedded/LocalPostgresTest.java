package io.fieldguide.migration.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local server's life cycle on a real PostgreSQL in a temporary data directory. Other
 * processes are played by {@code sleep} processes registered as clients: the leases and the stop
 * decision only look at whether a client's process is alive.
 */
class LocalPostgresTest {

    @TempDir
    Path root;

    private LocalPostgres server;
    private Process otherClient;

    @BeforeEach
    void newDataDirectory() {
        server = new LocalPostgres(root.resolve("pgdata"));
    }

    @AfterEach
    void stopEverything() {
        server.stop();
        if (otherClient != null) {
            otherClient.destroyForcibly();
        }
    }

    @Test
    void theFirstClientStartsTheServerDurableAndTheNextOneAdoptsIt() throws Exception {
        LocalPostgres.Running started = server.startOrAdopt(ProcessHandle.current());
        assertTrue(started.startedNow());

        LocalPostgres.Running adopted = new LocalPostgres(root.resolve("pgdata")).startOrAdopt(otherProcess());
        assertFalse(adopted.startedNow());
        assertEquals(started.pid(), adopted.pid());
        assertEquals(started.port(), adopted.port());

        try (Connection connection = LocalPostgres.connect(started.port(), "postgres");
                Statement statement = connection.createStatement()) {
            assertEquals("on", setting(statement, "fsync"));
            assertEquals("on", setting(statement, "synchronous_commit"));
            assertEquals("on", setting(statement, "full_page_writes"));
            assertEquals("localhost", setting(statement, "listen_addresses"));
        }
    }

    @Test
    void theServerStopsWithItsLastLiveClientOnly() {
        server.startOrAdopt(ProcessHandle.current());
        server.startOrAdopt(otherProcess());

        assertFalse(server.release(ProcessHandle.current()), "another client still uses it");
        assertTrue(server.answering().isPresent());

        otherClient.destroyForcibly(); // a SIGKILLed client leaves its lease behind
        server.startOrAdopt(ProcessHandle.current());
        assertTrue(server.release(ProcessHandle.current()), "a dead client's lease does not keep it running");
        assertTrue(server.answering().isEmpty());
    }

    @Test
    void aStalePostmasterPidIsRecoveredAndTheServerStartsOnTheSamePort() throws Exception {
        LocalPostgres.Running first = server.startOrAdopt(ProcessHandle.current());
        server.createDatabaseIfMissing(first, "kept");
        try (Connection connection = LocalPostgres.connect(first.port(), "kept");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (n int); INSERT INTO t SELECT generate_series(1, 1000)");
        }
        ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly(); // kill -9 of the postmaster
        awaitGone(first.pid());
        assertTrue(Files.exists(root.resolve("pgdata/postmaster.pid")), "a SIGKILL leaves postmaster.pid behind");

        LocalPostgres.Running again = server.startOrAdopt(ProcessHandle.current());

        assertTrue(again.startedNow());
        assertEquals(first.port(), again.port(), "same port, so the JDBC URLs handed out stay valid");
        try (Connection connection = LocalPostgres.connect(again.port(), "kept");
                Statement statement = connection.createStatement();
                ResultSet sum = statement.executeQuery("SELECT count(*), sum(n) FROM t")) {
            sum.next();
            assertEquals(1000, sum.getLong(1));
            assertEquals(500500, sum.getLong(2));
        }
    }

    @Test
    void aPidFileNamingAnUnrelatedLiveProcessIsStaleToo() throws Exception {
        server.startOrAdopt(ProcessHandle.current());
        server.stop();
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(
                    root.resolve("pgdata/postmaster.pid"),
                    unrelated.pid() + "\n" + root.resolve("pgdata") + "\n0\n5432\n\n\n\nready\n");
            LocalPostgres.Running running = server.startOrAdopt(ProcessHandle.current());
            assertTrue(running.startedNow(), "a reused PID that is not a postgres is not adopted");
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void aServerStoppedOnPurposeIsMarkedSoUntilTheNextStart() {
        server.startOrAdopt(ProcessHandle.current());
        assertTrue(server.stop());
        assertTrue(server.stoppedOnPurpose(), "running services' watchdogs leave it stopped");
        assertFalse(server.stop(), "nothing to stop twice");

        server.startOrAdopt(ProcessHandle.current());
        assertFalse(server.stoppedOnPurpose());
    }

    @Test
    void databasesAreCreatedOnceAndListed() throws Exception {
        LocalPostgres.Running running = server.startOrAdopt(ProcessHandle.current());
        server.createDatabaseIfMissing(running, "feeding-tracker");
        server.createDatabaseIfMissing(running, "feeding-tracker");
        server.createDatabaseIfMissing(running, "course-tracker");

        assertEquals(List.of("course-tracker", "feeding-tracker"), server.databases(running));
    }

    private ProcessHandle otherProcess() {
        try {
            otherClient = new ProcessBuilder("sleep", "60").start();
            return otherClient.toHandle();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet row = statement.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void awaitGone(long pid) throws InterruptedException {
        for (int i = 0;
                i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                i++) {
            Thread.sleep(50);
        }
    }
}
