package io.fieldguide.migration.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The processes that use one local server, and the lock under which they start, adopt and stop it.
 * Kept beside the data directory ({@code pgdata.run/} next to {@code pgdata/}) so that the data
 * directory holds only what PostgreSQL wrote.
 *
 * <p>Each process leaves a file named after its PID holding its start instant, so a PID reused by
 * an unrelated process after a SIGKILL is not mistaken for a client. The lock is an OS file lock:
 * the OS releases it when its holder dies, so a killed process never leaves it held.
 */
final class ServerClients {

    private final Path clients;
    private final Path lockFile;

    ServerClients(Path dataDirectory) {
        Path run = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".run");
        this.clients = run.resolve("clients");
        this.lockFile = run.resolve("lock");
    }

    /** Runs {@code action} while holding the cross-process lock of this data directory. */
    <T> T locked(IoAction<T> action) {
        // A JVM may hold a file lock only once: threads of one JVM (the watchdog, the shutdown hook)
        // take turns here before they take it.
        synchronized (ServerClients.class) {
            return lockedAcrossProcesses(action);
        }
    }

    private <T> T lockedAcrossProcesses(IoAction<T> action) {
        try {
            Files.createDirectories(clients);
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                return action.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + lockFile, e);
        }
    }

    void register(ProcessHandle process) throws IOException {
        Files.createDirectories(clients);
        String start = process.info().startInstant().map(Instant::toString).orElse("");
        String command = process.info().commandLine().orElse("");
        Files.writeString(clients.resolve(Long.toString(process.pid())), start + "\n" + command + "\n");
    }

    void unregister(ProcessHandle process) throws IOException {
        Files.deleteIfExists(clients.resolve(Long.toString(process.pid())));
    }

    /** The live clients; files of processes that are gone are removed on the way. */
    List<ServerClient> live() throws IOException {
        if (!Files.isDirectory(clients)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(clients)) {
            return files.map(this::liveClient).flatMap(Optional::stream).toList();
        }
    }

    private Optional<ServerClient> liveClient(Path file) {
        try {
            long pid = Long.parseLong(file.getFileName().toString());
            List<String> lines = Files.readAllLines(file);
            String recordedStart = lines.isEmpty() ? "" : lines.get(0);
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            boolean same = process.isPresent()
                    && (recordedStart.isEmpty()
                            || process.get()
                                    .info()
                                    .startInstant()
                                    .map(Instant::toString)
                                    .map(recordedStart::equals)
                                    .orElse(true));
            if (!same) {
                Files.deleteIfExists(file);
                return Optional.empty();
            }
            return Optional.of(new ServerClient(pid, lines.size() > 1 ? lines.get(1) : ""));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @FunctionalInterface
    interface IoAction<T> {
        T run() throws IOException;
    }
}
