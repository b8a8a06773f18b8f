package io.fieldguide.migration.scaffold;

import io.fieldguide.migration.config.MigrationCoreConfig.NamingScheme;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions already taken, and the next one in a naming scheme. A version compares by its
 * leading number ({@code 0004}, {@code 7}, {@code 1734567890000}, the {@code 2} of {@code 2.1}),
 * which is what decides Flyway's order for the schemes the services use.
 */
final class ScriptVersions {

    /** {@code V7__x.sql}, {@code U0004__x.sql}, {@code V2_1__x.sql}: versioned and undo scripts. */
    private static final Pattern SCRIPT = Pattern.compile("[VU](\\d+)(?:[._]\\d+)*__.*\\.sql");

    private static final Pattern LEADING_NUMBER = Pattern.compile("\\d+");

    private ScriptVersions() {}

    /** The highest version among the scripts under {@code directory} (recursively, as Flyway scans), or zero. */
    static BigInteger highestIn(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return BigInteger.ZERO;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> SCRIPT.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> new BigInteger(matcher.group(1)))
                    .reduce(BigInteger.ZERO, BigInteger::max);
        }
    }

    /** The highest of versions as Flyway reports them ({@code "6"}, {@code "0004"}, {@code "2.1"}); others are skipped; zero if none. */
    static BigInteger highestOf(Collection<String> versions) {
        return versions.stream()
                .filter(version -> version != null)
                .map(LEADING_NUMBER::matcher)
                .filter(Matcher::lookingAt)
                .map(matcher -> new BigInteger(matcher.group()))
                .reduce(BigInteger.ZERO, BigInteger::max);
    }

    /** The next version after {@code highest} (zero when there is none) in {@code scheme}. */
    static String next(NamingScheme scheme, BigInteger highest, Clock clock) {
        BigInteger following = highest.add(BigInteger.ONE);
        return switch (scheme) {
            case PLAIN -> following.toString();
            case SEQUENCE -> String.format("%04d", following);
            case TIMESTAMP -> following.max(BigInteger.valueOf(clock.millis())).toString();
        };
    }
}
