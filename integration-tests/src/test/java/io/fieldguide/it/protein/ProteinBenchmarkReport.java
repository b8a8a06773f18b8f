package io.fieldguide.it.protein;

import io.fieldguide.migration.testing.Latencies;

/** The protein-benchmark section of docs/benchmarks.md, from one run's figures. */
record ProteinBenchmarkReport(
        MealHistory history,
        int usersPerFile,
        int batchSize,
        double rawSeconds,
        double plainSeconds,
        ProteinBenchmark.Run perRow,
        ProteinBenchmark.Run setBased,
        Latencies dashboard) {

    static final double IMPORT_TARGET = 0.5;
    static final double DASHBOARD_TARGET_MS = 20;

    String markdown(String ranWith, String postgresMajor) {
        long meals = history.meals();
        double plainRate = meals / plainSeconds;
        double importRate = meals / setBased.seconds();
        double ratio = importRate / plainRate;
        int files = (history.users() + usersPerFile - 1) / usersPerFile;
        StringBuilder md = new StringBuilder();
        md.append("## protein-tracker: the bulk import, its summaries and the dashboard at full size\n\n")
                .append(ranWith)
                .append(", against the packaged service (`java -jar`) on the test harness's embedded PostgreSQL ")
                .append(postgresMajor)
                .append(" (fsync off), client and server on this machine's 2 cores. Code:"
                        + " `integration-tests/src/test/java/io/fieldguide/it/protein/ProteinBenchmark.java`.\n\n")
                .append(String.format(
                        "Data: %,d users in Europe/Lisbon, %,d meals each over 2025 (%,d meals); every path below"
                                + " starts from emptied tables and must leave the same meals, profiles and daily"
                                + " summaries (counts and a hash of every row, checked after each).%n%n",
                        history.users(), history.mealsPerUser(), meals))
                .append("### (a) Bulk import against a plain JDBC batch insert\n\n")
                .append("| path | seconds | meals/s | users/s | ratio |\n|---|---:|---:|---:|---:|\n")
                .append(String.format(
                        "| plain JDBC batch insert: users, profiles, meals (`addBatch`, `reWriteBatchedInserts`),"
                                + " a commit every %d users, summaries by the set-based statement triggers | %.1f |"
                                + " %,.0f | %,.0f | 1.00 |%n",
                        batchSize, plainSeconds, plainRate, history.users() / plainSeconds))
                .append(String.format(
                        "| bulk import `POST /api/imports`: %d NDJSON files of %d users (the 10 MB body limit),"
                                + " one after the other, batches of %d lines; from the first POST to the last job"
                                + " completed | %.1f | %,.0f | %,.0f | **%.2f** |%n%n",
                        files,
                        usersPerFile,
                        batchSize,
                        setBased.seconds(),
                        importRate,
                        history.users() / setBased.seconds(),
                        ratio))
                .append(String.format(
                        "For scale, the raw cost of the rows: the same plain insert with every trigger and foreign key"
                                + " off (`session_replication_role = replica`, no summaries at all) took %.1f s,"
                                + " %,.0f meals/s; the bulk import reaches %.2f of that.%n%n",
                        rawSeconds, meals / rawSeconds, importRate / (meals / rawSeconds)))
                .append(String.format(
                        "Target (the import at least %.0f %% of the plain insert's rate): **%s** (%.2f).%n%n",
                        IMPORT_TARGET * 100, ratio >= IMPORT_TARGET ? "met" : "missed", ratio));
        md.append("### (b) The same bulk import with the per-row summary trigger\n\n");
        if (perRow == null) {
            md.append("Not run (`--per-row 0`).\n\n");
        } else {
            double perRowRate = meals / perRow.seconds();
            md.append("| summaries during the import | seconds | meals/s |\n|---|---:|---:|\n")
                    .append(String.format(
                            "| the guide's per-row trigger (`protein.imports.daily-summaries=per-row`) | %.1f | %,.0f |%n",
                            perRow.seconds(), perRowRate))
                    .append(String.format(
                            "| set-based: one recompute per INSERT of the touched days (the default) | %.1f | %,.0f"
                                    + " |%n%n",
                            setBased.seconds(), importRate))
                    .append(String.format(
                            "Set-based is %.2fx the per-row rate through the import; both leave the same summaries"
                                    + " (checked).%n%n",
                            importRate / perRowRate));
        }
        md.append("### (c) The dashboard over HTTP with every user loaded\n\n")
                .append(String.format(
                        "`GET /api/me/dashboard?from=2025-01-01&to=2025-12-31` (365 days with goals and totals) for"
                                + " %,d random users, one client, after 200 warm-up requests; each user's own token.%n%n",
                        dashboard.count()))
                .append("| request | p50 ms | p95 ms | p99 ms | target p95 |\n|---|---:|---:|---:|---:|\n")
                .append(String.format(
                        "| one user's year | %.1f | %.1f | %.1f | %.0f ms |%n%n",
                        dashboard.percentile(0.50),
                        dashboard.percentile(0.95),
                        dashboard.percentile(0.99),
                        DASHBOARD_TARGET_MS))
                .append(String.format(
                        "Target (p95 under %.0f ms): **%s**.%n",
                        DASHBOARD_TARGET_MS, dashboard.percentile(0.95) < DASHBOARD_TARGET_MS ? "met" : "missed"));
        return md.toString();
    }
}
