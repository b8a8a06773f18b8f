package io.fieldguide.migration.embedded;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one local PostgreSQL server of a data directory, shared by every process that names that
 * directory: services, the CLI, the demos. The first process that needs it starts it; the others
 * adopt it. Every decision to start, adopt or stop is taken under {@link ServerClients}'s lock, so
 * two processes never start the same directory twice and a stop never races an adoption.
 *
 * <p>A server is adopted only when its {@code postmaster.pid} names a live PostgreSQL process and
 * the server on that port answers with this very data directory. A {@code postmaster.pid} whose
 * process is gone (a SIGKILL, a power cut) is stale: it is removed and the server started, and
 * PostgreSQL replays its write-ahead log, so every committed transaction is there again.
 */
public final class LocalPostgres {

    private static final long ADOPT_WAIT_MILLIS = 120_000;

    private final Path dataDirectory;
    private final Path runDirectory;
    private final ServerClients clients;
    private final Path binariesCache;

    public LocalPostgres(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.runDirectory = this.dataDirectory.resolveSibling(this.dataDirectory.getFileName() + ".run");
        this.clients = new ServerClients(this.dataDirectory);
        this.binariesCache = this.dataDirectory.resolveSibling("postgres-binaries");
    }

    /** A server that answers: its postmaster's PID and its port. */
    public record Running(long pid, int port, boolean startedNow) {

        /** With the user in the URL, as a tool pasted into needs it (the datasource's username is read too early). */
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=" + EmbeddedPostgresServer.USER;
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path serverLog() {
        return runDirectory.resolve("server.log");
    }

    /** Adopts the running server or starts it, and records {@code process} as one of its clients. */
    public Running startOrAdopt(ProcessHandle process) {
        return clients.locked(() -> {
            Files.deleteIfExists(stoppedOnPurposeMarker());
            Running running = adoptRunning().orElseGet(this::start);
            clients.register(process);
            return running;
        });
    }

    /**
     * Removes {@code process} from the clients and stops the server when no other live process
     * uses it. Returns whether it stopped the server.
     */
    public boolean release(ProcessHandle process) {
        return clients.locked(() -> {
            clients.unregister(process);
            if (!clients.live().isEmpty() || answering().isEmpty()) {
                return false;
            }
            pgCtl().stop();
            return true;
        });
    }

    /**
     * Stops the server now, whoever uses it ({@code db stop --force}); returns false when it was not
     * running. The services still running do not start it again ({@link #stoppedOnPurpose}); the
     * next process that starts does.
     */
    public boolean stop() {
        return clients.locked(() -> {
            if (answering().isEmpty()) {
                return false;
            }
            Files.createDirectories(runDirectory);
            Files.writeString(stoppedOnPurposeMarker(), "db stop\n");
            pgCtl().stop();
            return true;
        });
    }

    /** True after {@link #stop}, until a process starts the server again. */
    public boolean stoppedOnPurpose() {
        return Files.exists(stoppedOnPurposeMarker());
    }

    private Path stoppedOnPurposeMarker() {
        return runDirectory.resolve("stopped-on-purpose");
    }

    /** The server, when one answers for this data directory; starts nothing. */
    public Optional<Running> answering() {
        return PostmasterPidFile.read(dataDirectory)
                .filter(PostmasterPidFile::processIsLivePostgres)
                .filter(pidFile -> answersFor(pidFile.port()))
                .map(pidFile -> new Running(pidFile.pid(), pidFile.port(), false));
    }

    public List<ServerClient> clients() {
        return clients.locked(clients::live);
    }

    /** The port the server uses or will use: stable across restarts, so JDBC URLs stay valid. */
    public Optional<Integer> rememberedPort() {
        return ServerSettings.readPort(dataDirectory);
    }

    /** Creates {@code database} on the running server unless it exists. */
    public void createDatabaseIfMissing(Running server, String database) {
        try (Connection connection = connect(server.port(), "postgres");
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // another process created it a moment ago
            }
            throw new IllegalStateException("Could not create database " + database + " on the local PostgreSQL", e);
        }
    }

    /** The databases the server holds, besides PostgreSQL's own. */
    public List<String> databases(Running server) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = connect(server.port(), "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres' ORDER BY 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /**
     * A postmaster that is alive but not yet answering is starting or replaying its log after a
     * crash: wait for it rather than start a second one (PostgreSQL would refuse anyway).
     */
    private Optional<Running> adoptRunning() throws IOException {
        long deadline = System.currentTimeMillis() + ADOPT_WAIT_MILLIS;
        while (true) {
            Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(dataDirectory);
            if (pidFile.isEmpty()) {
                return Optional.empty();
            }
            PostmasterPidFile found = pidFile.get();
            if (!found.processIsLivePostgres()) {
                Log.warnf(
                        "Local PostgreSQL in %s was not shut down cleanly (PID %d is gone); starting it again,"
                                + " it replays its write-ahead log",
                        dataDirectory, found.pid());
                PostmasterPidFile.deleteStale(dataDirectory);
                return Optional.empty();
            }
            if (found.port() > 0 && answersFor(found.port())) {
                Log.infof("Local PostgreSQL already running (PID %d, port %d): adopted", found.pid(), found.port());
                return Optional.of(new Running(found.pid(), found.port(), false));
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("The PostgreSQL server of " + dataDirectory + " (PID " + found.pid()
                        + ") runs but has not answered for " + ADOPT_WAIT_MILLIS / 1000 + " s; see " + serverLog());
            }
            sleep(100);
        }
    }

    private Running start() {
        long startedAt = System.nanoTime();
        try {
            PgCtl pgCtl = pgCtl();
            boolean fresh = !Files.isRegularFile(dataDirectory.resolve("PG_VERSION"));
            if (fresh) {
                Files.createDirectories(dataDirectory);
                pgCtl.initdb();
            }
            int port = ServerSettings.readPort(dataDirectory)
                    .filter(LocalPostgres::isFree)
                    .orElseGet(LocalPostgres::freePort);
            ServerSettings.write(dataDirectory, port);
            pgCtl.start();
            PostmasterPidFile pidFile = PostmasterPidFile.read(dataDirectory)
                    .orElseThrow(() -> new IOException("pg_ctl started the server but it left no postmaster.pid"));
            Log.infof(
                    "Local PostgreSQL started on port %d in %d ms%s (data in %s)",
                    port,
                    (System.nanoTime() - startedAt) / 1_000_000,
                    fresh ? ", new data directory" : "",
                    dataDirectory);
            return new Running(pidFile.pid(), port, true);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the local PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private PgCtl pgCtl() {
        return new PgCtl(PostgresBinaries.unpackedUnder(binariesCache), dataDirectory, runDirectory);
    }

    /** The server on {@code port} answers, and it is the server of this data directory. */
    private boolean answersFor(int port) {
        try (Connection connection = connect(port, "postgres");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('data_directory')")) {
            return row.next() && sameDirectory(Path.of(row.getString(1)));
        } catch (SQLException notAnswering) {
            return false;
        }
    }

    private boolean sameDirectory(Path reported) {
        try {
            return Files.isSameFile(reported, dataDirectory);
        } catch (IOException e) {
            return reported.toAbsolutePath().normalize().equals(dataDirectory);
        }
    }

    static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/" + database + "?connectTimeout=2&socketTimeout=10",
                EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the local PostgreSQL", e);
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the local PostgreSQL", e);
        }
    }
}
