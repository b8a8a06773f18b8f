package db.testschema;

import static io.fieldguide.migration.javamigration.Operations.column;
import static io.fieldguide.migration.javamigration.Operations.createTable;
import static io.fieldguide.migration.javamigration.Operations.sql;

import io.fieldguide.migration.javamigration.OperationsMigration;
import io.fieldguide.migration.javamigration.SchemaOperation;
import java.util.List;

/**
 * Test schema, step 4: a Java migration built from the core's operations, so that Flyway records its
 * checksum and the rollback checks its down for data loss. The index keeps the name the schema
 * expectation declares, hence raw SQL.
 */
public class V4__Create_gadgets extends OperationsMigration {

    @Override
    protected List<SchemaOperation> operations() {
        return List.of(
                createTable(
                        "gadgets",
                        column("id", "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"),
                        column("widget_id", "bigint NOT NULL REFERENCES widgets (id)"),
                        column("label", "text NOT NULL")),
                sql("CREATE INDEX gadgets_widget_id_idx ON gadgets (widget_id)", "DROP INDEX gadgets_widget_id_idx"));
    }
}
