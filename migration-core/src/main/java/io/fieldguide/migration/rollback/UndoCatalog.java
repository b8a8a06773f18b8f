package io.fieldguide.migration.rollback;

import io.fieldguide.migration.flyway.ScriptSource;
import io.fieldguide.migration.flyway.ServiceFlyway;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationInfo;

/** Finds the undo of an applied migration: {@code U<version>__<description>.sql} or a {@link ReversibleMigration}. */
@ApplicationScoped
public class UndoCatalog {

    private final ScriptSource scripts;
    private final ServiceFlyway serviceFlyway;

    UndoCatalog(ScriptSource scripts, ServiceFlyway serviceFlyway) {
        this.scripts = scripts;
        this.serviceFlyway = serviceFlyway;
    }

    public boolean hasUndo(MigrationInfo info) {
        return undoFor(info).isPresent();
    }

    public Optional<Undo> undoFor(MigrationInfo info) {
        if (info.getType() == CoreMigrationType.SQL) {
            return scripts.undoScript(info)
                    .map(sql -> new Undo.SqlUndo(ScriptSource.undoScriptName(info.getScript()), sql));
        }
        if (info.getType() == CoreMigrationType.JDBC) {
            return ReversibleMigration.load(
                            info.getScript(),
                            serviceFlyway.flyway().getConfiguration().getClassLoader())
                    .map(Undo.JavaUndo::new);
        }
        return Optional.empty();
    }
}
