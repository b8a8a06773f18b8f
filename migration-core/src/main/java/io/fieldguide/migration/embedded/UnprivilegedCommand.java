package io.fieldguide.migration.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL refuses to run as root ("initdb: cannot be run as root"), and containers and CI
 * machines often run everything as root. There, as zonky does, the server's commands run in a new
 * user namespace ({@code unshare -U}), where they are an unprivileged user and the data directory
 * appears to be theirs.
 */
final class UnprivilegedCommand {

    private static final List<String> PREFIX = detectPrefix();

    private UnprivilegedCommand() {}

    static List<String> of(List<String> command) {
        List<String> full = new ArrayList<>(PREFIX);
        full.addAll(command);
        return full;
    }

    private static List<String> detectPrefix() {
        if (!runsAsLinuxRoot()) {
            return List.of();
        }
        try {
            Process probe = new ProcessBuilder("unshare", "-U", "id", "-u")
                    .redirectErrorStream(true)
                    .start();
            String uid = new String(probe.getInputStream().readAllBytes()).strip();
            boolean works = probe.waitFor(5, TimeUnit.SECONDS) && probe.exitValue() == 0 && !uid.equals("0");
            return works ? List.of("unshare", "-U") : List.of();
        } catch (IOException e) {
            return List.of(); // no unshare: PostgreSQL says itself that it will not run as root
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** On Linux, /proc/self belongs to the process's own user. */
    private static boolean runsAsLinuxRoot() {
        try {
            Path self = Path.of("/proc/self");
            return Files.isDirectory(self) && ((Integer) Files.getAttribute(self, "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
