package io.fieldguide.migration.startup;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells whoever started the service where to look first. */
@ApplicationScoped
class ServiceBanner {

    void onStart(
            @Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.application.name") String name,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        if (port > 0 && LaunchMode.current() != LaunchMode.TEST) {
            Log.infof("%s is up: Swagger UI at http://localhost:%d/q/swagger-ui", name, port);
        }
    }
}
