package io.fieldguide.migration.bench;

import io.fieldguide.migration.backfill.Backfill;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Times how long each batch holds its row locks, commit included: from the moment the batch's
 * UPDATE is sent (the start of {@link Backfill#applyBatch}) until {@code commit()} returns. The
 * runner's own {@code hold_ms} stops just before the commit, so this is the upper bound a blocked
 * application request can see. One runner thread, one connection: plain fields suffice.
 */
final class HoldClock {

    private static final Set<String> ROUND_TRIPS =
            Set.of("prepareStatement", "createStatement", "prepareCall", "commit", "rollback");

    private final List<Long> holdsNanos = new ArrayList<>();
    private long batchStartedAt = -1;
    private long roundTrips;

    /** The backfill with the clock started at each batch. */
    Backfill timed(Backfill backfill) {
        return new Backfill() {
            @Override
            public String name() {
                return backfill.name();
            }

            @Override
            public String table() {
                return backfill.table();
            }

            @Override
            public String keyColumn() {
                return backfill.keyColumn();
            }

            @Override
            public long applyBatch(Connection connection, long fromKeyExclusive, long toKeyInclusive)
                    throws SQLException {
                batchStartedAt = System.nanoTime();
                return backfill.applyBatch(connection, fromKeyExclusive, toKeyInclusive);
            }
        };
    }

    /** The data source whose connections stop the clock when a batch's commit returns. */
    DataSource stoppingAtCommit(DataSource dataSource) {
        return new StoppingDataSource(dataSource);
    }

    List<Long> holdsNanos() {
        return List.copyOf(holdsNanos);
    }

    /**
     * Statements prepared or created plus commits and rollbacks on the runner's connections: each is
     * one round trip to the server in these runners (every statement is executed once; pgjdbc sends
     * BEGIN with the first statement and needs no round trip for {@code setAutoCommit}).
     */
    long roundTrips() {
        return roundTrips;
    }

    void clear() {
        holdsNanos.clear();
        batchStartedAt = -1;
        roundTrips = 0;
    }

    private Connection stoppingAtCommit(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (ROUND_TRIPS.contains(method.getName())) {
                roundTrips++;
            }
            try {
                Object result = method.invoke(connection, args);
                if (method.getName().equals("commit") && batchStartedAt >= 0) {
                    holdsNanos.add(System.nanoTime() - batchStartedAt);
                    batchStartedAt = -1;
                } else if (method.getName().equals("rollback") && (args == null || args.length == 0)) {
                    batchStartedAt = -1;
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection)
                Proxy.newProxyInstance(HoldClock.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private final class StoppingDataSource implements DataSource {

        private final DataSource delegate;

        StoppingDataSource(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return stoppingAtCommit(delegate.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return stoppingAtCommit(delegate.getConnection(username, password));
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return delegate.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return delegate.isWrapperFor(type);
        }
    }
}
