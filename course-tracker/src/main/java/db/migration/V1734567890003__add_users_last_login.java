package db.migration;

import static io.fieldguide.course.migration.Pgm.addColumn;
import static io.fieldguide.course.migration.Pgm.column;

import io.fieldguide.course.migration.OperationsMigration;
import io.fieldguide.course.migration.SchemaOperation;
import java.util.List;

/**
 * The guide's "Adding Columns" example as a Java migration: {@code users.last_login}, set by
 * {@code POST /api/auth/login}. A nullable column without a default is a catalog-only change, safe on
 * a busy table. Down drops it; it is refused while any user has a last login recorded, unless the
 * caller accepts losing those times.
 */
public class V1734567890003__add_users_last_login extends OperationsMigration {

    @Override
    protected List<SchemaOperation> operations() {
        return List.of(addColumn("users", column("last_login", "timestamptz")));
    }
}
