package io.fieldguide.course.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One reversible schema change, node-pg-migrate style: the SQL that makes it, the SQL that undoes
 * it, and what undoing it now would destroy.
 */
public interface SchemaOperation {

    List<String> upSql();

    List<String> downSql();

    /** What {@link #downSql()} would destroy now, e.g. "3 rows in user_preferences"; empty when nothing. */
    default List<String> dataAtRisk(Connection connection) throws SQLException {
        return List.of();
    }
}
