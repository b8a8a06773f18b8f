package io.fieldguide.feeding.watermelon;

import io.fieldguide.feeding.schema.FeedingCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * WatermelonDB's push, in one transaction, by its documented rules: a created record whose id
 * exists is an update; an updated record that is missing is created; a delete of a missing record
 * is ignored; a record changed on the server at or after {@code last_pulled_at} refuses the whole
 * push ({@link SyncConflictException}, nothing written). A record the server already has exactly
 * so is left alone, so a push retried after a lost answer changes nothing and is not a conflict.
 * A change to a record whose deletion the client had already pulled is ignored: the deletion wins.
 *
 * <p>Writers of one client_id are serialised by the transaction-level advisory lock every writer of
 * the module takes, in sorted order; concurrent pushes of the same record therefore see each
 * other's commit and the later one gets its 409, never a unique violation.
 */
@ApplicationScoped
public class WatermelonPushService {

    private static final String LOCK = "SELECT pg_advisory_xact_lock(k) FROM unnest(?::bigint[]) k";
    private static final String CURRENT =
            """
            SELECT id, client_id, feeding_time, food_type, notes, deleted_at IS NOT NULL AS deleted,
                   change_xid >= ?::text::xid8 AS changed_since
            FROM feeding_records WHERE client_id = ANY (?) FOR UPDATE""";
    private static final String INSERT =
            """
            INSERT INTO feeding_records (client_id, feeding_time, food_type, notes) VALUES (?, ?, ?, ?)
            ON CONFLICT (client_id) DO NOTHING""";
    private static final String UPDATE =
            "UPDATE feeding_records SET feeding_time = ?, food_type = ?, notes = ? WHERE id = ?";
    private static final String DELETE = "UPDATE feeding_records SET deleted_at = now() WHERE id = ?";

    private final DataSource dataSource;
    private final FeedingCatalog catalog;

    WatermelonPushService(DataSource dataSource, FeedingCatalog catalog) {
        this.dataSource = dataSource;
        this.catalog = catalog;
    }

    public PushResult push(long lastPulledAt, PushPlan plan) {
        catalog.requireSync("sync");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                PushResult result = push(connection, lastPulledAt, plan);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not apply the push", e);
        }
    }

    private static PushResult push(Connection connection, long lastPulledAt, PushPlan plan) throws SQLException {
        ServerPosition.check(connection, Optional.of(lastPulledAt));
        lock(connection, plan);
        Map<UUID, Current> current = current(connection, lastPulledAt, plan);
        List<String> conflicts = new ArrayList<>();
        List<PushPlan.Write> inserts = new ArrayList<>();
        List<PushPlan.Write> updates = new ArrayList<>();
        List<Current> deletes = new ArrayList<>();
        int unchanged = 0;
        for (PushPlan.Write write : plan.writes()) {
            Current server = current.get(write.clientId());
            if (server == null) {
                inserts.add(write);
            } else if (server.deleted()) {
                // Deleted after the client's pull: it must learn of the deletion first. Before: it
                // has pulled the deletion already, and the deletion wins.
                if (server.changedSince()) {
                    conflicts.add(write.clientId().toString());
                }
                unchanged++;
            } else if (server.sameAs(write)) {
                unchanged++;
            } else if (server.changedSince()) {
                conflicts.add(write.clientId().toString());
            } else {
                updates.add(write);
            }
        }
        for (UUID clientId : plan.deletes()) {
            Current server = current.get(clientId);
            if (server == null || server.deleted()) {
                unchanged++;
            } else if (server.changedSince()) {
                conflicts.add(clientId.toString());
            } else {
                deletes.add(server);
            }
        }
        if (!conflicts.isEmpty()) {
            throw new SyncConflictException(conflicts);
        }
        insert(connection, inserts);
        update(connection, updates, current);
        delete(connection, deletes);
        return new PushResult(inserts.size(), updates.size(), deletes.size(), unchanged);
    }

    private static void lock(Connection connection, PushPlan plan) throws SQLException {
        Long[] keys = plan.clientIds().stream()
                .map(id -> id.getMostSignificantBits() ^ id.getLeastSignificantBits())
                .toArray(Long[]::new);
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setArray(1, connection.createArrayOf("bigint", keys));
            lock.execute();
        }
    }

    private static Map<UUID, Current> current(Connection connection, long lastPulledAt, PushPlan plan)
            throws SQLException {
        Map<UUID, Current> current = new HashMap<>();
        Array ids = connection.createArrayOf("uuid", plan.clientIds().toArray());
        try (PreparedStatement select = connection.prepareStatement(CURRENT)) {
            select.setString(1, Long.toString(lastPulledAt));
            select.setArray(2, ids);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    current.put(
                            row.getObject("client_id", UUID.class),
                            new Current(
                                    row.getLong("id"),
                                    row.getTimestamp("feeding_time").toInstant(),
                                    row.getString("food_type"),
                                    row.getString("notes"),
                                    row.getBoolean("deleted"),
                                    row.getBoolean("changed_since")));
                }
            }
        }
        return current;
    }

    private static void insert(Connection connection, List<PushPlan.Write> writes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (PushPlan.Write write : writes) {
                insert.setObject(1, write.clientId());
                setContent(insert, write, 2);
                insert.addBatch();
            }
            int[] inserted = insert.executeBatch();
            List<String> taken = new ArrayList<>();
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] == 0) {
                    taken.add(writes.get(i).clientId().toString());
                }
            }
            if (!taken.isEmpty()) {
                // A writer that takes no advisory lock (an older release) created them meanwhile.
                throw new SyncConflictException(taken);
            }
        }
    }

    private static void update(Connection connection, List<PushPlan.Write> writes, Map<UUID, Current> current)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (PushPlan.Write write : writes) {
                setContent(update, write, 1);
                update.setLong(4, current.get(write.clientId()).id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void delete(Connection connection, List<Current> records) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            for (Current record : records) {
                delete.setLong(1, record.id());
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static void setContent(PreparedStatement statement, PushPlan.Write write, int first) throws SQLException {
        statement.setTimestamp(first, Timestamp.from(write.feedingTime()));
        statement.setString(first + 1, write.foodType());
        statement.setString(first + 2, write.notes());
    }

    /** The server's row for a pushed id, locked for the push's transaction. */
    private record Current(
            long id, Instant feedingTime, String foodType, String notes, boolean deleted, boolean changedSince) {

        /** Compared as the client holds it: WatermelonDB keeps times in milliseconds. */
        boolean sameAs(PushPlan.Write write) {
            return feedingTime.truncatedTo(ChronoUnit.MILLIS).equals(write.feedingTime())
                    && Objects.equals(foodType, write.foodType())
                    && Objects.equals(notes, write.notes());
        }
    }
}
