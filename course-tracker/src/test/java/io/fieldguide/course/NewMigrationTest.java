package io.fieldguide.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldguide.migration.cli.MigrationCli;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's {@code npm run migrate:create NAME}: the core's {@code new NAME} in this service's timestamp scheme. */
@QuarkusTest
class NewMigrationTest {

    @Inject
    MigrationCli cli;

    @TempDir
    Path directory;

    @Test
    void createsATimestampedVAndUPairAfterEveryKnownMigration() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = cli.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                "new",
                "add_email_index_to_users",
                "--dir",
                directory.toString());

        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
        List<String> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.map(path -> path.getFileName().toString()).sorted().toList();
        }
        assertEquals(2, files.size(), files.toString());
        String version = files.get(0).substring(1, files.get(0).indexOf("__"));
        assertEquals(
                List.of(
                        "U" + version + "__add_email_index_to_users.sql",
                        "V" + version + "__add_email_index_to_users.sql"),
                files);
        assertTrue(version.matches("\\d{13}"), version);
        assertTrue(new BigInteger(version).compareTo(new BigInteger("1734567890006")) > 0, version);
    }
}
