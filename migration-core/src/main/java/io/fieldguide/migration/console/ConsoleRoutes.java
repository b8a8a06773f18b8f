package io.fieldguide.migration.console;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The console's page is static ({@code META-INF/resources/console/} of this jar, served by Quarkus).
 * These routes send {@code /console} to {@code /console/} (where the page's relative links resolve)
 * and give every file of the console headers that keep the page to itself: its own scripts and
 * styles only (no inline script, so injected markup cannot run), requests only to this service, no
 * framing, no referrer carrying the path elsewhere, and nothing cached that a token could leak into.
 */
@ApplicationScoped
public class ConsoleRoutes {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Before Quarkus's static resources handler, which answers without calling the next route. */
    private static final int BEFORE_STATIC_RESOURCES = -10;

    void install(@Observes Router router) {
        // A regular expression, because Vert.x's "/console" also matches "/console/". The target is
        // relative, so that it also works behind a proxy that serves the service under a prefix.
        router.getWithRegex("/console").order(BEFORE_STATIC_RESOURCES).handler(context -> context.redirect("console/"));
        router.route("/console/*").order(BEFORE_STATIC_RESOURCES).handler(ConsoleRoutes::protect);
    }

    private static void protect(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Cache-Control", "no-store");
        });
        context.next();
    }
}
