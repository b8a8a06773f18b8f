package io.fieldguide.migration.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code initdb} and {@code pg_ctl} for one data directory. {@code pg_ctl start} makes the
 * postmaster a session leader of its own, so it outlives the JVM that started it and a Ctrl-C
 * meant for that JVM's terminal does not reach it: other processes may still be using it.
 */
final class PgCtl {

    private static final int WAIT_SECONDS = 120;

    private final PostgresBinaries binaries;
    private final Path dataDirectory;
    private final Path serverLog;
    private final Path commandOutput;

    PgCtl(PostgresBinaries binaries, Path dataDirectory, Path runDirectory) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.serverLog = runDirectory.resolve("server.log");
        this.commandOutput = runDirectory.resolve("pg_ctl.out");
    }

    Path serverLog() {
        return serverLog;
    }

    /**
     * A new cluster: trust authentication on a server that only listens on localhost, UTF-8, and
     * page checksums so that a torn write after a crash is reported instead of read.
     */
    void initdb() throws IOException {
        run(List.of(
                binaries.executable("initdb").toString(),
                "-D",
                dataDirectory.toString(),
                "-A",
                "trust",
                "-U",
                EmbeddedPostgresServer.USER,
                "-E",
                "UTF-8",
                "--data-checksums"));
    }

    /** Starts the server and waits until it accepts connections (or gives up after two minutes). */
    void start() throws IOException {
        Files.createDirectories(serverLog.getParent());
        run(List.of(
                binaries.executable("pg_ctl").toString(),
                "-D",
                dataDirectory.toString(),
                "-l",
                serverLog.toString(),
                "-w",
                "-t",
                Integer.toString(WAIT_SECONDS),
                "start"));
    }

    /** A fast shutdown: open transactions roll back, committed ones are already on disk. */
    void stop() throws IOException {
        run(List.of(
                binaries.executable("pg_ctl").toString(),
                "-D",
                dataDirectory.toString(),
                "-m",
                "fast",
                "-w",
                "-t",
                Integer.toString(WAIT_SECONDS),
                "stop"));
    }

    private void run(List<String> command) throws IOException {
        Files.createDirectories(commandOutput.getParent());
        Process process = new ProcessBuilder(UnprivilegedCommand.of(command))
                .redirectErrorStream(true)
                .redirectOutput(commandOutput.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .start();
        try {
            if (!process.waitFor(WAIT_SECONDS + 10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(name(command) + " did not finish within " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(name(command) + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(name(command) + " failed (exit " + process.exitValue() + "): "
                    + Files.readString(commandOutput).strip() + serverLogTail());
        }
    }

    private String serverLogTail() throws IOException {
        if (!Files.isRegularFile(serverLog)) {
            return "";
        }
        List<String> lines = Files.readAllLines(serverLog);
        return "\n--- last lines of " + serverLog + " ---\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    }

    private static String name(List<String> command) {
        String last = command.get(command.size() - 1);
        return Path.of(command.get(0)).getFileName() + (last.startsWith("-") ? "" : " " + last);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
