package io.fieldguide.migration.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One benchmark's section of {@code docs/benchmarks.md}, between {@code <!-- name:start -->} and
 * {@code <!-- name:end -->}: replaced in place on every run, appended the first time, the rest of
 * the file left as it is. Written to a temporary file and moved, so a reader never sees half of it.
 */
public final class BenchmarkSection {

    private BenchmarkSection() {}

    /** "Run 2026-11-26T14:00:00Z with `command` on 2 CPUs, OpenJDK 64-Bit Server VM 17.0.x": a section's first words. */
    public static String ranWith(String command) {
        return "Run " + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " with `" + command
                + "` on " + Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.runtime.version");
    }

    public static void replace(Path doc, String name, String markdown) {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String section = start + "\n" + markdown + (markdown.endsWith("\n") ? "" : "\n") + end + "\n";
        try {
            String existing = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
            int startAt = existing.indexOf(start);
            int endAt = existing.indexOf(end);
            String content;
            if (startAt >= 0 && endAt > startAt) {
                int after = endAt + end.length();
                if (after < existing.length() && existing.charAt(after) == '\n') {
                    after++;
                }
                content = existing.substring(0, startAt) + section + existing.substring(after);
            } else {
                content =
                        existing + (existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n") + section;
            }
            Path temporary = Files.createTempFile(doc.toAbsolutePath().getParent(), ".benchmarks", ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            temporary.toFile().setReadable(true, false);
            Files.move(temporary, doc, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update " + doc, e);
        }
    }
}
