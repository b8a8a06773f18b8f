package io.fieldguide.migration.flyway;

import io.fieldguide.migration.problem.InvalidRequestException;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;

/** Turns a target named by the caller (version, seed-style name or script) into a known migration. */
public final class TargetResolver {

    private TargetResolver() {}

    public static MigrationInfo resolve(List<MigrationInfo> all, String reference, String field) {
        return all.stream()
                .filter(info -> MigrationNames.matches(info, reference))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        field,
                        "Unknown migration '" + reference + "'; known migrations are "
                                + all.stream()
                                        .filter(info -> info.getVersion() != null)
                                        .map(MigrationNames::of)
                                        .toList()));
    }
}
