package io.fieldguide.lots.benchmark;

import io.fieldguide.lots.trace.LotGraph;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The lot graph's downstream walk two ways over the same plain JDBC connection, so that only the
 * walk differs: LotGraph's recursive CTE in one statement, and the naive walk with one query per
 * level from the application, each asking for the lots made from the previous level's.
 */
final class PerLevelWalk {

    private static final String RECURSIVE = LotGraph.DOWNSTREAM.replace("CAST(:seeds AS bigint[])", "?");

    private static final String NEXT_LEVEL =
            """
            SELECT DISTINCT e.lot_id FROM tracking_event_inputs i JOIN tracking_events e ON e.id = i.event_id
            WHERE i.lot_id = ANY (?)""";

    private final DataSource dataSource;

    PerLevelWalk(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** LotGraph's statement: the seed and every lot made from it, ordered by id. */
    List<Long> recursive(long seed) {
        List<Long> lots = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement walk = connection.prepareStatement(RECURSIVE)) {
            walk.setArray(1, connection.createArrayOf("bigint", new Object[] {seed}));
            try (ResultSet rows = walk.executeQuery()) {
                while (rows.next()) {
                    lots.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lots;
    }

    /** The same answer, one query per level. */
    List<Long> perLevel(long seed) {
        Set<Long> seen = new TreeSet<>(List.of(seed));
        List<Long> frontier = List.of(seed);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement next = connection.prepareStatement(NEXT_LEVEL)) {
            while (!frontier.isEmpty()) {
                Array ids = connection.createArrayOf("bigint", frontier.toArray());
                next.setArray(1, ids);
                List<Long> found = new ArrayList<>();
                try (ResultSet rows = next.executeQuery()) {
                    while (rows.next()) {
                        long lot = rows.getLong(1);
                        if (seen.add(lot)) {
                            found.add(lot);
                        }
                    }
                }
                frontier = found;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(seen);
    }
}
