package io.fieldguide.migration.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Seed 000's {@code feeding_records} after its expand step ({@code client_id} added, still NULL).
 * The rows are generated once into a seed table; every measurement gets an identical fresh copy,
 * vacuumed and checkpointed, so that no run inherits another's dead tuples, free space or WAL.
 */
final class FeedingRecordsTable {

    static final String TABLE = "feeding_records";
    private static final String SEED = "bench_feeding_records_seed";

    private final DataSource dataSource;
    private final int rows;

    FeedingRecordsTable(DataSource dataSource, int rows) {
        this.dataSource = dataSource;
        this.rows = rows;
    }

    /** Generates the rows once, deterministically: same ids, times, foods and notes every run. */
    void createSeed() throws SQLException {
        execute("DROP TABLE IF EXISTS " + SEED);
        execute("CREATE TABLE " + SEED + " (id integer PRIMARY KEY, feeding_time timestamptz NOT NULL,"
                + " food_type varchar(255), notes text, created_at timestamptz, updated_at timestamptz)");
        execute("INSERT INTO " + SEED
                + " SELECT g, t, (ARRAY['breast milk', 'formula', 'solids', 'water'])[1 + g % 4],"
                + " CASE WHEN g % 3 = 0 THEN NULL ELSE 'Fed ' || (g % 240) || ' ml, settled afterwards' END, t, t"
                + " FROM generate_series(1, " + rows + ") g,"
                + " LATERAL (SELECT timestamptz '2024-01-01 00:00:00+00' + g * interval '3 minutes' AS t) s");
        execute("VACUUM ANALYZE " + SEED);
    }

    /**
     * Replaces {@code feeding_records} with a fresh copy of the seed, every {@code client_id} NULL,
     * vacuumed (hint bits and visibility map set) and checkpointed (the first change of each page
     * pays its full-page image in either method). Autovacuum is off for this table only: a vacuum
     * that starts halfway through one method would bill it for CPU the other one never pays.
     */
    void resetFresh() throws SQLException {
        execute("DROP TABLE IF EXISTS " + TABLE);
        execute("CREATE TABLE " + TABLE + " (id serial PRIMARY KEY, client_id uuid,"
                + " feeding_time timestamptz NOT NULL, food_type varchar(255), notes text,"
                + " created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now())"
                + " WITH (autovacuum_enabled = false)");
        execute("INSERT INTO " + TABLE + " (id, feeding_time, food_type, notes, created_at, updated_at)"
                + " SELECT id, feeding_time, food_type, notes, created_at, updated_at FROM " + SEED + " ORDER BY id");
        execute("SELECT setval(pg_get_serial_sequence('" + TABLE + "', 'id'), " + rows + ")");
        execute("VACUUM ANALYZE " + TABLE);
        execute("CHECKPOINT");
    }

    /**
     * Every row has a client_id, all distinct, none lost, and every other column as seeded.
     *
     * @throws IllegalStateException naming what is wrong
     */
    void verifyBackfilled(String method) throws SQLException {
        long[] counts = longs("SELECT count(*), count(client_id), count(DISTINCT client_id) FROM " + TABLE);
        long unchanged = longs("SELECT count(*) FROM " + TABLE + " f JOIN " + SEED + " s USING (id)"
                + " WHERE (f.feeding_time, f.food_type, f.notes, f.created_at, f.updated_at)"
                + " IS NOT DISTINCT FROM (s.feeding_time, s.food_type, s.notes, s.created_at, s.updated_at)")[0];
        if (counts[0] != rows || counts[1] != rows || counts[2] != rows || unchanged != rows) {
            throw new IllegalStateException(("%s left a wrong table: %d rows (expected %d), %d with a client_id,"
                            + " %d distinct client_ids, %d rows otherwise as seeded")
                    .formatted(method, counts[0], rows, counts[1], counts[2], unchanged));
        }
    }

    long tableBytes() throws SQLException {
        return longs("SELECT pg_table_size('" + TABLE + "')")[0];
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long[] longs(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            long[] values = new long[row.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getLong(i + 1);
            }
            return values;
        }
    }
}
