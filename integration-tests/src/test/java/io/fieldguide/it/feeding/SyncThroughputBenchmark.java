package io.fieldguide.it.feeding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.it.PackagedService;
import io.fieldguide.migration.testing.TestDatabase;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

/**
 * Benchmark (b): a client's full initial sync of N records through {@code GET /api/feedings/sync}
 * (keyset pages, JSON parsed by the client), against a plain SQL read of the same rows and columns
 * over JDBC (streamed, every column read into an object), both measured in the same run.
 */
final class SyncThroughputBenchmark {

    record Result(long rows, int pageSize, double sqlRecordsPerSecond, double syncRecordsPerSecond, int pages) {
        double ratio() {
            return syncRecordsPerSecond / sqlRecordsPerSecond;
        }
    }

    /** The row a client ends up with: every column the sync endpoint sends. */
    record Feeding(
            long id,
            UUID clientId,
            Instant feedingTime,
            String foodType,
            String notes,
            Instant createdAt,
            Instant updatedAt,
            long version) {}

    private static final String PLAIN_READ =
            "SELECT id, client_id, feeding_time, food_type, notes, created_at, updated_at, version FROM feeding_records"
                    + " WHERE deleted_at IS NULL AND client_id IS NOT NULL ORDER BY change_xid, id";

    private final TestDatabase database;
    private final PackagedService service;
    private final long rows;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    SyncThroughputBenchmark(TestDatabase database, PackagedService service, long rows) {
        this.database = database;
        this.service = service;
        this.rows = rows;
    }

    /** Rows as synced clients create them, in transactions of 100,000. */
    void load() throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            for (long from = 1; from <= rows; from += 100_000) {
                long to = Math.min(rows, from + 99_999);
                statement.execute("INSERT INTO feeding_records (client_id, feeding_time, food_type, notes)"
                        + " SELECT gen_random_uuid(), now() - i * interval '1 minute', 'formula', 'feeding ' || i"
                        + " FROM generate_series(" + from + ", " + to + ") i");
            }
            statement.execute("VACUUM ANALYZE feeding_records");
        }
    }

    /** A warm-up of each, then {@code repeats} alternating runs of each; rates are medians. */
    Result run(int pageSize, int repeats) throws Exception {
        plainRead();
        sync(pageSize);
        double[] sqlSeconds = new double[repeats];
        double[] syncSeconds = new double[repeats];
        int pages = 0;
        for (int repeat = 0; repeat < repeats; repeat++) {
            long sqlStart = System.nanoTime();
            long sqlRows = plainRead();
            sqlSeconds[repeat] = (System.nanoTime() - sqlStart) / 1e9;
            long syncStart = System.nanoTime();
            long[] synced = sync(pageSize);
            syncSeconds[repeat] = (System.nanoTime() - syncStart) / 1e9;
            if (sqlRows != rows || synced[0] != rows) {
                throw new IllegalStateException(
                        "read " + sqlRows + " rows by SQL and " + synced[0] + " by sync, expected " + rows);
            }
            pages = (int) synced[1];
        }
        return new Result(rows, pageSize, rows / median(sqlSeconds), rows / median(syncSeconds), pages);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private long plainRead() throws Exception {
        long count = 0;
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(PLAIN_READ)) {
                select.setFetchSize(10_000);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Feeding feeding = new Feeding(
                                row.getLong(1),
                                row.getObject(2, UUID.class),
                                row.getTimestamp(3).toInstant(),
                                row.getString(4),
                                row.getString(5),
                                row.getTimestamp(6).toInstant(),
                                row.getTimestamp(7).toInstant(),
                                row.getLong(8));
                        count += feeding.id() > 0 ? 1 : 0;
                    }
                }
            }
            connection.commit();
        }
        return count;
    }

    /** Returns records received and pages pulled. */
    private long[] sync(int pageSize) throws Exception {
        String cursor = null;
        long received = 0;
        int pages = 0;
        boolean more = true;
        while (more) {
            String query = "/api/feedings/sync?limit=" + pageSize
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(service.uri(query)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("pull answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            JsonNode page = json.readTree(response.body());
            received += page.path("changes").path("created").size()
                    + page.path("changes").path("updated").size();
            cursor = page.path("cursor").asText();
            more = page.path("has_more").asBoolean();
            pages++;
        }
        return new long[] {received, pages};
    }
}
