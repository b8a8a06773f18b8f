package io.fieldguide.migration.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a data directory's {@code postmaster.pid} says: the postmaster's PID, port and state. Lines
 * 1, 4 and 8 of the file (PostgreSQL 10 and later); see {@code pidfile.h} in PostgreSQL's sources.
 */
record PostmasterPidFile(long pid, int port, String state) {

    static final String NAME = "postmaster.pid";

    static Optional<PostmasterPidFile> read(Path dataDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve(NAME));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 4) {
            // written line by line while the postmaster starts: treat as "starting" once a PID is there
            return lines.isEmpty() || lines.get(0).isBlank()
                    ? Optional.empty()
                    : Optional.of(
                            new PostmasterPidFile(Long.parseLong(lines.get(0).strip()), 0, "starting"));
        }
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            String state = lines.size() >= 8 ? lines.get(7).strip() : "unknown";
            return Optional.of(new PostmasterPidFile(pid, port, state));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when the PID is a live process that is a PostgreSQL server. */
    boolean processIsLivePostgres() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(process -> process.info()
                        .command()
                        .map(command ->
                                Path.of(command).getFileName().toString().startsWith("postgres"))
                        // another user's process on macOS hides its command: assume it is ours to ask
                        .orElse(true))
                .orElse(false);
    }

    static void deleteStale(Path dataDirectory) throws IOException {
        Files.deleteIfExists(dataDirectory.resolve(NAME));
    }
}
