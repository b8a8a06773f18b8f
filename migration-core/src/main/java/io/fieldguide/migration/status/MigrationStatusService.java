package io.fieldguide.migration.status;

import io.fieldguide.migration.flyway.MigrationNames;
import io.fieldguide.migration.flyway.ServiceFlyway;
import io.fieldguide.migration.undo.UndoCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Applied, pending, failed and current migrations, read from Flyway. */
@ApplicationScoped
public class MigrationStatusService {

    private final ServiceFlyway serviceFlyway;
    private final UndoCatalog undoCatalog;

    MigrationStatusService(ServiceFlyway serviceFlyway, UndoCatalog undoCatalog) {
        this.serviceFlyway = serviceFlyway;
        this.undoCatalog = undoCatalog;
    }

    public MigrationStatus status() {
        List<MigrationInfo> all = serviceFlyway.all();
        List<MigrationInfo> applied = all.stream()
                .filter(info -> info.getState().isApplied() && !info.getState().isFailed())
                .toList();
        List<String> pending = names(all.stream()
                .filter(info -> info.getState() == MigrationState.PENDING)
                .toList());
        List<String> failed =
                names(all.stream().filter(info -> info.getState().isFailed()).toList());
        MigrationInfo last = applied.isEmpty() ? null : applied.get(applied.size() - 1);
        return new MigrationStatus(
                names(applied),
                pending,
                last == null ? null : MigrationNames.of(last),
                pending.isEmpty() && failed.isEmpty(),
                last == null || last.getVersion() == null
                        ? null
                        : last.getVersion().getVersion(),
                failed,
                all.stream().map(this::detail).toList());
    }

    private MigrationDetail detail(MigrationInfo info) {
        return new MigrationDetail(
                MigrationNames.of(info),
                info.getVersion() == null ? null : info.getVersion().getVersion(),
                info.getDescription(),
                info.getType().name(),
                info.getScript(),
                info.getChecksum(),
                info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant(),
                info.getInstalledBy(),
                info.getExecutionTime(),
                info.getState().getDisplayName(),
                undoCatalog.hasUndo(info));
    }

    private static List<String> names(List<MigrationInfo> infos) {
        return infos.stream().map(MigrationNames::of).toList();
    }
}
