package db.migration;

import static io.fieldguide.migration.javamigration.Operations.addForeignKeyNotValid;
import static io.fieldguide.migration.javamigration.Operations.column;
import static io.fieldguide.migration.javamigration.Operations.createTable;
import static io.fieldguide.migration.javamigration.Operations.createUniqueIndex;
import static io.fieldguide.migration.javamigration.Operations.validateConstraint;

import io.fieldguide.migration.javamigration.LintAllow;
import io.fieldguide.migration.javamigration.OperationsMigration;
import io.fieldguide.migration.javamigration.SchemaOperation;
import java.util.List;

/**
 * The guide's {@code add_user_preferences} as a Java migration with an up and a down: create the
 * table, index it, add its foreign key. Down drops them in reverse order; it is refused while the
 * table holds preferences, which nothing else keeps.
 *
 * <p>Differs from the guide: {@code timestamptz} instead of {@code timestamp}; theme and
 * notifications_enabled are NOT NULL with the guide's defaults; one row per user, so the guide's
 * index on user_id is unique. theme stays {@code varchar(20)} as the guide has it, an exception
 * the lint records by {@link LintAllow} (which, unlike a comment in the SQL, leaves the checksum of
 * this applied migration alone). The foreign key is validated in the same migration, which is
 * harmless only because the table is new and empty.
 */
@LintAllow(rule = "prefer-text-field", reason = "the guide's varchar(20) theme, kept as the guide has it")
@LintAllow(
        rule = "require-concurrent-index-deletion",
        down = true,
        reason = "the down drops user_preferences right after its index; nothing waits on a table being dropped")
public class V1734567890002__add_user_preferences extends OperationsMigration {

    @Override
    protected List<SchemaOperation> operations() {
        return List.of(
                createTable(
                        "user_preferences",
                        column("id", "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"),
                        column("user_id", "uuid NOT NULL"),
                        column("theme", "varchar(20) NOT NULL DEFAULT 'light'"),
                        column("notifications_enabled", "boolean NOT NULL DEFAULT true"),
                        column("created_at", "timestamptz NOT NULL DEFAULT current_timestamp")),
                createUniqueIndex("user_preferences", "user_id"),
                addForeignKeyNotValid(
                        "user_preferences", "fk_user_preferences_user_id", "user_id", "users (id)", "CASCADE"),
                validateConstraint("user_preferences", "fk_user_preferences_user_id"));
    }
}
