package io.fieldguide.migration.status;

import io.fieldguide.migration.flyway.MigrationNames;
import io.fieldguide.migration.flyway.ServiceFlyway;
import io.fieldguide.migration.rollback.UndoCatalog;
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
        List<String> pending = inStates(all, MigrationState.PENDING);
        List<String> failed =
                names(all.stream().filter(info -> info.getState().isFailed()).toList());
        List<String> ignored = inStates(all, MigrationState.IGNORED);
        List<String> outdated = inStates(all, MigrationState.OUTDATED);
        List<String> missing = inStates(all, MigrationState.MISSING_SUCCESS, MigrationState.MISSING_FAILED);
        List<String> future = inStates(all, MigrationState.FUTURE_SUCCESS, MigrationState.FUTURE_FAILED);
        MigrationInfo last = applied.isEmpty() ? null : applied.get(applied.size() - 1);
        return new MigrationStatus(
                names(applied),
                pending,
                last == null ? null : MigrationNames.of(last),
                pending.isEmpty() && failed.isEmpty() && ignored.isEmpty() && outdated.isEmpty(),
                last == null || last.getVersion() == null
                        ? null
                        : last.getVersion().getVersion(),
                failed,
                ignored,
                outdated,
                missing,
                future,
                all.stream().map(this::detail).toList());
    }

    private static List<String> inStates(List<MigrationInfo> all, MigrationState... states) {
        List<MigrationState> wanted = List.of(states);
        return names(
                all.stream().filter(info -> wanted.contains(info.getState())).toList());
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
