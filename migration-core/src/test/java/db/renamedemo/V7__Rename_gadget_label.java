package db.renamedemo;

import static io.fieldguide.migration.javamigration.Operations.renameColumn;

import io.fieldguide.migration.javamigration.OperationsMigration;
import io.fieldguide.migration.javamigration.SchemaOperation;
import java.util.List;

/**
 * A column renamed on a table in use, after the test schema's six steps: gadgets.label becomes
 * gadgets.title while the release that knows only label keeps writing. Only on the class path of
 * {@code JavaMigrationUnderLoadTest}'s profile, so the other tests keep their six migrations.
 */
public class V7__Rename_gadget_label extends OperationsMigration {

    @Override
    protected List<SchemaOperation> operations() {
        return List.of(renameColumn("gadgets", "label", "title", "text"));
    }
}
