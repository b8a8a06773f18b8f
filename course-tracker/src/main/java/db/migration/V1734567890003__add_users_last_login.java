package db.migration;

import static io.fieldguide.migration.javamigration.Operations.addColumn;
import static io.fieldguide.migration.javamigration.Operations.column;

import io.fieldguide.migration.javamigration.OperationsMigration;
import io.fieldguide.migration.javamigration.SchemaOperation;
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
