package io.fieldguide.migration.embedded;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a service that verifies tokens with the public dev-only key while it runs on a
 * real database: anyone could sign a migration-admin token for it.
 */
@ApplicationScoped
class DevKeyGuard {

    void onStart(
            @Observes StartupEvent event,
            @ConfigProperty(name = DevKeys.VERIFY_PROPERTY) Optional<String> verifyKey,
            @ConfigProperty(name = DevKeys.SIGN_PROPERTY) Optional<String> signKey) {
        boolean devKey = DevKeys.isDevKey(verifyKey.orElse(null)) || DevKeys.isDevKey(signKey.orElse(null));
        if (devKey && !EmbeddedPostgresServer.isRunning() && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException(
                    "Refusing to start: the JWT keys are the dev-only keys shipped in the repository,"
                            + " but the service runs on a configured database. Set MP_JWT_VERIFY_PUBLICKEY_LOCATION"
                            + " (and SMALLRYE_JWT_SIGN_KEY_LOCATION if it signs tokens) to your own keys.");
        }
    }
}
