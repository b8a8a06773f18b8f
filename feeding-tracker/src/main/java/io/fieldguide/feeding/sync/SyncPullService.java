package io.fieldguide.feeding.sync;

import io.fieldguide.feeding.records.FeedingView;
import io.fieldguide.feeding.schema.FeedingCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Pulls: the rows changed after a cursor, in the order {@code (change_xid, id)}, but only rows
 * written by transactions older than the oldest transaction still running (the snapshot's xmin,
 * the "horizon"). A transaction that began before a pull and commits after it has an xid at or
 * above that pull's horizon, so the next pull still returns its rows: comparing timestamps cannot
 * promise that ({@code now()} is the transaction's start). Everything runs in one repeatable-read
 * snapshot, so the purge check, the horizon and the page agree.
 */
@ApplicationScoped
public class SyncPullService {

    private static final String PAGE =
            """
            SELECT h.horizon::text AS horizon, f.id, f.client_id, f.feeding_time, f.food_type, f.notes, f.created_at,
                   f.updated_at, f.version, f.deleted_at, f.change_xid::text AS change_xid, f.created_xid::text AS created_xid
            FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon) h
            LEFT JOIN LATERAL (
                SELECT * FROM feeding_records r
                WHERE (r.change_xid, r.id) > (?::text::xid8, ?) AND r.change_xid < h.horizon
                  AND r.client_id IS NOT NULL %s
                ORDER BY r.change_xid, r.id
                LIMIT ?) f ON true
            """;
    private static final String FIRST_CHANGE_SINCE =
            "SELECT change_xid::text, id FROM feeding_records WHERE updated_at >= ? ORDER BY change_xid, id LIMIT 1";
    private static final String HORIZON = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text";

    private final DataSource dataSource;
    private final FeedingCatalog catalog;

    SyncPullService(DataSource dataSource, FeedingCatalog catalog) {
        this.dataSource = dataSource;
        this.catalog = catalog;
    }

    /**
     * @param cursor the last pull's cursor; empty with an empty {@code since} for an initial sync
     * @param since the guide's ISO form, best effort: starts at the first change at or after it
     */
    public PullResponse pull(Optional<SyncCursor> cursor, Optional<Instant> since, int limit) {
        catalog.requireSync("sync");
        return Snapshot.read(dataSource, connection -> pull(connection, cursor, since, limit));
    }

    private PullResponse pull(Connection connection, Optional<SyncCursor> cursor, Optional<Instant> since, int limit)
            throws SQLException {
        SyncCursor start = cursor.orElse(null);
        if (start == null && since.isPresent()) {
            start = startAt(connection, since.get());
        }
        if (start != null) {
            Optional<SyncCursor> purged = PurgeHorizon.read(connection);
            if (purged.isPresent() && start.compareTo(purged.get()) < 0) {
                throw new FullResyncRequiredException();
            }
        }
        boolean initial = start == null;
        SyncCursor from = initial ? SyncCursor.START : start;
        List<Row> rows = new ArrayList<>();
        long horizon;
        try (PreparedStatement page =
                connection.prepareStatement(PAGE.formatted(initial ? "AND r.deleted_at IS NULL" : ""))) {
            page.setString(1, Long.toString(from.xid()));
            page.setLong(2, from.id());
            page.setInt(3, limit + 1);
            try (ResultSet result = page.executeQuery()) {
                horizon = 0;
                while (result.next()) {
                    horizon = Long.parseLong(result.getString("horizon"));
                    if (result.getObject("id") != null) {
                        rows.add(row(result));
                    }
                }
            }
        }
        boolean hasMore = rows.size() > limit;
        List<Row> returned = hasMore ? rows.subList(0, limit) : rows;
        SyncCursor next = hasMore ? returned.get(returned.size() - 1).position() : from.max(SyncCursor.before(horizon));
        return response(returned, from, initial, next, hasMore);
    }

    /** The guide's since=: the first change at or after that time, but never beyond the horizon. */
    private static SyncCursor startAt(Connection connection, Instant since) throws SQLException {
        SyncCursor horizon;
        try (PreparedStatement select = connection.prepareStatement(HORIZON);
                ResultSet row = select.executeQuery()) {
            row.next();
            horizon = SyncCursor.before(Long.parseLong(row.getString(1)));
        }
        try (PreparedStatement select = connection.prepareStatement(FIRST_CHANGE_SINCE)) {
            select.setTimestamp(1, Timestamp.from(since));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return horizon;
                }
                SyncCursor first = new SyncCursor(Long.parseLong(row.getString(1)), row.getLong(2) - 1);
                return first.min(horizon);
            }
        }
    }

    private static PullResponse response(
            List<Row> rows, SyncCursor from, boolean initial, SyncCursor next, boolean hasMore) {
        List<FeedingView> created = new ArrayList<>();
        List<FeedingView> updated = new ArrayList<>();
        List<UUID> deleted = new ArrayList<>();
        for (Row row : rows) {
            if (row.view().deletedAt() != null) {
                deleted.add(row.view().clientId());
            } else if (initial || new SyncCursor(row.createdXid(), row.view().id()).compareTo(from) > 0) {
                created.add(row.view());
            } else {
                updated.add(row.view());
            }
        }
        return new PullResponse(new PullResponse.Changes(created, updated, deleted), next.encode(), hasMore);
    }

    private static Row row(ResultSet result) throws SQLException {
        FeedingView view = new FeedingView(
                result.getLong("id"),
                result.getObject("client_id", UUID.class),
                instant(result.getTimestamp("feeding_time")),
                result.getString("food_type"),
                result.getString("notes"),
                instant(result.getTimestamp("created_at")),
                instant(result.getTimestamp("updated_at")),
                result.getLong("version"),
                instant(result.getTimestamp("deleted_at")));
        return new Row(
                view, Long.parseLong(result.getString("change_xid")), Long.parseLong(result.getString("created_xid")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Row(FeedingView view, long changeXid, long createdXid) {

        SyncCursor position() {
            return new SyncCursor(changeXid, view.id());
        }
    }
}
