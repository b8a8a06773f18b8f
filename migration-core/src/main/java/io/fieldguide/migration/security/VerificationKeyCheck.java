package io.fieldguide.migration.security;

import io.fieldguide.migration.embedded.DevKeys;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A service started without a key to verify tokens answers 401 to every secured request, and
 * nothing else says why. This says it loudly at start-up, or, with
 * {@code fieldguide.migration.require-verification-key=true}, refuses to start.
 */
@ApplicationScoped
class VerificationKeyCheck {

    static final String REQUIRE_PROPERTY = "fieldguide.migration.require-verification-key";

    void onStart(
            @Observes StartupEvent event,
            @ConfigProperty(name = DevKeys.VERIFY_PROPERTY) Optional<String> keyLocation,
            @ConfigProperty(name = DevKeys.VERIFY_INLINE_PROPERTY) Optional<String> key,
            @ConfigProperty(name = REQUIRE_PROPERTY, defaultValue = "false") boolean required) {
        if (LaunchMode.current() != LaunchMode.NORMAL || keyLocation.isPresent() || key.isPresent()) {
            return;
        }
        String message = "No JWT verification key is configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION or"
                + " MP_JWT_VERIFY_PUBLICKEY): every secured operation, the migration API included, answers 401.";
        if (required) {
            throw new IllegalStateException("Refusing to start: " + message + " (" + REQUIRE_PROPERTY + "=true)");
        }
        Log.error("*** " + message + " Set " + REQUIRE_PROPERTY + "=true to refuse to start instead. ***");
    }
}
