package io.fieldguide.it.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldguide.it.PackagedService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs one {@link ServiceDemo} against its packaged service on the shared local PostgreSQL of
 * {@code home}: start at the "before" version, load the legacy data, fingerprint it, then upgrade,
 * roll back and upgrade again over HTTP while the old release keeps writing, checking after each
 * phase that every pre-existing row is still there and unchanged.
 */
final class DemoRunner {

    private static final Duration READY = Duration.ofMinutes(3);

    private final Path home;
    private final Progress progress;

    DemoRunner(Path home, Progress progress) {
        this.home = home;
        this.progress = progress;
    }

    DemoResult run(ServiceDemo demo, int rows) {
        DemoResult result = new DemoResult(demo.module(), rows);
        long start = System.nanoTime();
        progress.heading(String.format(
                "%s: %,d rows of legacy data at version %s; upgrade, roll back, upgrade again",
                demo.module(), rows, demo.beforeVersion()));
        try (PackagedService service = PackagedService.start(
                demo.module(),
                home,
                "fieldguide.migration.start-target=" + demo.beforeVersion(),
                "fieldguide.migration.readiness-requires-up-to-date=false",
                "fieldguide.migration.rate-limit.requests=100000",
                "fieldguide.migration.rate-limit.global-requests=100000")) {
            new Session(demo, rows, service, result).run();
        } catch (Exception | AssertionError e) {
            result.check("the demo ran to its end", false, String.valueOf(e.getMessage()));
        }
        result.finished((System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** One demo's run, with the state its steps share. */
    private final class Session {

        private final ServiceDemo demo;
        private final int rows;
        private final PackagedService service;
        private final ServiceApi api;
        private final DemoResult result;
        private DemoDatabase database;
        private List<Fingerprint> keptBefore;
        private List<Fingerprint> restoredBefore;

        Session(ServiceDemo demo, int rows, PackagedService service, DemoResult result) {
            this.demo = demo;
            this.rows = rows;
            this.service = service;
            this.api = new ServiceApi(service);
            this.result = result;
        }

        void run() throws Exception {
            step("setup", "start the packaged service", () -> {
                Duration ready = service.awaitReady(READY);
                api.login();
                database = DemoDatabase.of(home, demo.module());
                return "ready in " + ready.toMillis() + " ms, on " + database.url();
            });
            step("setup", "schema at the guide's \"before\" version", () -> {
                String current = api.status().path("currentVersion").asText();
                require(demo.beforeVersion().equals(current), "the schema is at " + current);
                return "version " + current;
            });
            step("setup", "load the legacy dataset", () -> String.format("%,d rows", demo.load(database, rows)));
            step("setup", "fingerprint every pre-existing row", () -> {
                keptBefore = database.fingerprints(demo.tables(), false);
                restoredBefore = database.fingerprints(demo.tables(), true);
                return describe(restoredBefore);
            });
            try (WriteProbe writer = new WriteProbe(database, demo.writerInsert())) {
                phase(writer, "upgrade", demo.upgrade());
                verifyUpgraded("upgrade");
                phase(
                        writer,
                        "rollback",
                        List.of(new ServiceDemo.ApiStep(
                                "POST /api/migrations/rollback",
                                api -> ServiceDemo.ApiStep.summary(
                                        api.post("/api/migrations/rollback", demo.rollbackBody())))));
                verifyRolledBack();
                phase(writer, "upgrade again", demo.upgrade());
                verifyUpgraded("upgrade again");
                List<String> failures = writer.failures();
                result.check(
                        "every write of the old release succeeded",
                        failures.isEmpty(),
                        failures.isEmpty() ? "no failed insert" : failures.size() + " failed: " + failures.get(0));
            }
            step("end", "readiness UP, schema valid", () -> {
                int readiness = api.readiness();
                JsonNode validation = api.get("/api/migrations/validate");
                boolean valid = validation.path("valid").asBoolean();
                result.check("readiness UP at the end", readiness == 200, "readiness answered " + readiness);
                result.check(
                        "the live schema matches the code",
                        valid,
                        validation.path("findings").toString());
                require(readiness == 200 && valid, "readiness " + readiness + ", validation " + validation);
                return "readiness 200, validation: no findings";
            });
        }

        private void phase(WriteProbe writer, String phase, List<ServiceDemo.ApiStep> steps) throws Exception {
            long from = writer.now();
            for (ServiceDemo.ApiStep apiStep : steps) {
                step(phase, apiStep.name(), () -> apiStep.call().run(api));
            }
            long to = writer.now();
            result.stall(new DemoResult.WriteStall(phase, writer.writes(from, to), writer.longestStallMs(from, to)));
        }

        private void verifyUpgraded(String phase) throws Exception {
            step(phase, "verify: up to date, every row kept", () -> {
                JsonNode status = api.status();
                boolean upToDate = status.path("isUpToDate").asBoolean();
                result.check(
                        phase + ": up to date",
                        upToDate,
                        "at " + status.path("currentVersion").asText());
                compare(phase, keptBefore, database.fingerprints(demo.tables(), false));
                for (DemoResult.Check check : demo.upgradedDataChecks(database)) {
                    result.check(phase + ": " + check.name(), check.passed(), check.detail());
                }
                requireNoFailures();
                return "version " + status.path("currentVersion").asText() + ", " + describe(keptBefore) + " unchanged";
            });
        }

        private void verifyRolledBack() throws Exception {
            step("rollback", "verify: back at \"before\", every row as it was", () -> {
                String current = api.status().path("currentVersion").asText();
                result.check(
                        "rollback: schema back at " + demo.beforeVersion(),
                        demo.beforeVersion().equals(current),
                        "at " + current);
                compare("rollback", restoredBefore, database.fingerprints(demo.tables(), true));
                requireNoFailures();
                return "version " + current + ", " + describe(restoredBefore) + " as loaded";
            });
        }

        private void compare(String phase, List<Fingerprint> expected, List<Fingerprint> actual) {
            for (int i = 0; i < expected.size(); i++) {
                Fingerprint before = expected.get(i);
                Fingerprint after = actual.get(i);
                result.check(
                        phase + ": " + before.table() + " count and checksum",
                        before.equals(after),
                        before.equals(after)
                                ? before.shortForm()
                                : "before " + before.shortForm() + ", after " + after.shortForm());
            }
        }

        private void requireNoFailures() {
            List<DemoResult.Check> failed = result.failedChecks();
            require(
                    failed.isEmpty(),
                    failed.isEmpty()
                            ? ""
                            : failed.get(0).name() + ": " + failed.get(0).detail());
        }

        private void step(String phase, String name, Callable<String> work) throws Exception {
            long start = System.nanoTime();
            try {
                String detail = progress.step(phase + ": " + name, work);
                result.step(new DemoResult.Step(phase, name, (System.nanoTime() - start) / 1_000_000, detail, true));
            } catch (Exception | AssertionError e) {
                result.step(new DemoResult.Step(
                        phase, name, (System.nanoTime() - start) / 1_000_000, String.valueOf(e.getMessage()), false));
                throw e;
            }
        }
    }

    private static String describe(List<Fingerprint> fingerprints) {
        long rows = fingerprints.stream().mapToLong(Fingerprint::rows).sum();
        return String.format("%,d rows in %d tables", rows, fingerprints.size());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new DemoFailure(message);
        }
    }
}
