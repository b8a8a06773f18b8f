package io.fieldguide.migration.embedded;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a service that verifies or signs tokens with the public dev-only key while it
 * runs on a real database: anyone could sign a migration-admin token for it. The key is recognised
 * by its material, wherever it was copied to or however it was given.
 */
@ApplicationScoped
class DevKeyGuard {

    void onStart(
            @Observes StartupEvent event,
            @ConfigProperty(name = DevKeys.VERIFY_PROPERTY) Optional<String> verifyKeyLocation,
            @ConfigProperty(name = DevKeys.VERIFY_INLINE_PROPERTY) Optional<String> verifyKey,
            @ConfigProperty(name = DevKeys.SIGN_PROPERTY) Optional<String> signKeyLocation,
            @ConfigProperty(name = DevKeys.SIGN_INLINE_PROPERTY) Optional<String> signKey) {
        if (EmbeddedPostgresServer.isRunning() || LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        boolean devKey = DevKeys.isDevKey(verifyKeyLocation.orElse(null))
                || DevKeys.isDevKey(signKeyLocation.orElse(null))
                || DevKeys.isDevKeyContent(verifyKey.orElse(null))
                || DevKeys.isDevKeyContent(signKey.orElse(null));
        if (devKey) {
            throw new IllegalStateException(
                    "Refusing to start: the JWT keys are the dev-only keys shipped in the repository,"
                            + " but the service runs on a configured database. Set MP_JWT_VERIFY_PUBLICKEY_LOCATION"
                            + " (and SMALLRYE_JWT_SIGN_KEY_LOCATION if it signs tokens) to your own keys.");
        }
    }
}
