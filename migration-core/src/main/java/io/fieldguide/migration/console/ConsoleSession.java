package io.fieldguide.migration.console;

import io.fieldguide.migration.security.CallerName;
import io.fieldguide.migration.security.MigrationRoles;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who the service takes the console's token for. The page shows admin actions only when
 * {@code admin} is true; the API checks the role again on every write, whatever the page shows.
 */
@Schema(description = "The caller as the service sees its token")
public record ConsoleSession(
        String user,
        List<String> roles,
        @Schema(description = "Whether the caller holds migration-admin, the role every write needs") boolean admin) {

    static ConsoleSession of(SecurityIdentity identity) {
        return new ConsoleSession(
                CallerName.of(identity),
                identity.getRoles().stream().sorted().toList(),
                identity.hasRole(MigrationRoles.ADMIN));
    }
}
