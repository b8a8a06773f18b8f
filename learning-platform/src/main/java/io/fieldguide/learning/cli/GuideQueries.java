package io.fieldguide.learning.cli;

import io.fieldguide.learning.practice.NextItem;
import io.fieldguide.learning.practice.PracticeService;
import io.fieldguide.learning.seed.LearningSeeder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The guide's "test basic queries": the tables hold rows, every monitoring view answers, and the
 * service's own query (the next item for a seed learner) works on the seeded data.
 */
@ApplicationScoped
class GuideQueries {

    private static final List<String> TABLES = List.of("users", "items", "attempts", "user_preferences");
    private static final List<String> VIEWS =
            List.of("table_sizes", "slow_queries", "index_usage", "connection_stats", "system_health");

    private final DataSource dataSource;
    private final PracticeService practice;

    GuideQueries(DataSource dataSource, PracticeService practice) {
        this.dataSource = dataSource;
        this.practice = practice;
    }

    /**
     * One line saying what answered; throws when a query fails or the seeded data is missing. The
     * service's query reads through Panache, which needs the request context an HTTP call would have.
     */
    @ActivateRequestContext
    public String run() throws SQLException {
        StringBuilder summary = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                summary.append(table)
                        .append(' ')
                        .append(count(statement, table))
                        .append(", ");
            }
            for (String view : VIEWS) {
                count(statement, view);
            }
        }
        summary.append(VIEWS.size()).append(" views answer");
        String learner = LearningSeeder.email(0);
        NextItem next = practice.next(learner, Optional.empty());
        return summary.append("; next item for ")
                .append(learner)
                .append(": ")
                .append(next.item().id())
                .append(" (predicted success %.2f)".formatted(next.predictedSuccess()))
                .toString();
    }

    private static long count(Statement statement, String relation) throws SQLException {
        // names from the constants above, never from input
        try (ResultSet row = statement.executeQuery("SELECT count(*) FROM " + relation)) {
            row.next();
            return row.getLong(1);
        }
    }
}
