package io.fieldguide.migration.flyway;

import io.agroal.api.AgroalDataSource;
import io.fieldguide.migration.run.RunOutcome;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Replaces the pool's connections after a run that changed the schema. pgjdbc keeps server-side
 * prepared statements per connection; once a table's columns or a type they use are dropped and
 * created again (an undo and a re-apply that re-create an enum), such a statement fails once on
 * every pooled connection with "cached plan must not change result type". A graceful flush closes
 * the idle connections now and the busy ones when they come back, so no request meets a stale plan.
 */
@ApplicationScoped
public class PooledConnections {

    private final AgroalDataSource pool;

    PooledConnections(AgroalDataSource pool) {
        this.pool = pool;
    }

    /** After a migrate or rollback: any step that ran, even one that failed half way, may have changed the schema. */
    public void afterRun(RunOutcome outcome) {
        if (!outcome.dryRun() && !outcome.steps().isEmpty()) {
            pool.flush(AgroalDataSource.FlushMode.GRACEFUL);
        }
    }
}
