package io.fieldguide.course;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The course tracker's own settings (prefix {@code course}). */
@ConfigMapping(prefix = "course")
public interface CourseConfig {

    /** How long a token issued by POST /api/auth/login is valid. */
    @WithDefault("1H")
    Duration tokenLifetime();

    DemoUsers demoUsers();

    interface DemoUsers {
        /**
         * Create the demo accounts at start-up. On in dev mode; also on whenever the service runs on its
         * embedded database (a local demo), never on a configured database.
         */
        @WithDefault("false")
        boolean enabled();

        /** Their password; without it a random one is generated at each start and logged once. */
        Optional<String> password();
    }
}
