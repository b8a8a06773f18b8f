package io.fieldguide.migration.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The refusals that happen before a request reaches a resource, in the same problem+json shape as
 * every other error: a URI over {@link #MAX_URI_LENGTH} (414), a declared body over
 * {@code quarkus.http.limits.max-body-size} (413, answered here so that the framework's own limit
 * handler does not end the response and then log "Response has already been written"), and the
 * HTTP layer's own 4xx failures.
 *
 * A URI that cannot be parsed (a bare {@code %}, a space) is a 400 problem too, once {@link
 * #takeOverUriValidation} has run.
 *
 * <p>Not covered (the answer is written by Vert.x's HTTP decoder before any route or handler
 * runs): a request line over {@code quarkus.http.limits.max-initial-line-length} (raised to 64K
 * for this reason) gets a bare 414.
 */
@ApplicationScoped
public class HttpLayerProblems {

    /** Longer URIs are refused before routing; no operation of these services needs more. */
    public static final int MAX_URI_LENGTH = 8192;

    /** Read by Quarkus's root handler when it is built; see {@link #takeOverUriValidation}. */
    static final String QUARKUS_URI_VALIDATION_OFF = "vertx.disableURIValidation";

    /** Before Quarkus's own upload limit (order -2), after its start-time and access-log handlers. */
    private static final int BEFORE_UPLOAD_LIMIT = -10;

    private final ObjectMapper json;
    private final long maxBodyBytes;

    HttpLayerProblems(
            ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.json = json;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    /**
     * Quarkus's root handler answers a URI that {@link URI} refuses with an empty 400 and no content
     * type, before any route runs, unless this system property is set; then {@link #refuseOversized}
     * makes the same check and answers a problem. Must run before Quarkus starts: {@code ServiceMain}
     * calls it, and the build's surefire and failsafe configurations set the property for tests.
     */
    public static void takeOverUriValidation() {
        System.getProperties().putIfAbsent(QUARKUS_URI_VALIDATION_OFF, "true");
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_UPLOAD_LIMIT).handler(this::refuseOversized);
        router.route().order(BEFORE_UPLOAD_LIMIT).failureHandler(this::answerFailure);
        // A path that cannot be decoded fails while the router matches it against a route with a
        // path, which may come before the handler above; the router then calls its error handler.
        router.errorHandler(400, this::answerUnparsable);
    }

    private void answerUnparsable(RoutingContext context) {
        if (!context.response().headWritten()) {
            answer(context, 400, "Bad Request", "The URI is not valid: " + UNPARSABLE_URI_HINT, false);
        }
    }

    private void refuseOversized(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > MAX_URI_LENGTH) {
            answer(context, 414, "URI Too Long", "The URI is longer than " + MAX_URI_LENGTH + " characters", true);
            return;
        }
        if (!parses(uri)) {
            answerUnparsable(context);
            return;
        }

        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBodyBytes) {
            answer(
                    context,
                    413,
                    "Content Too Large",
                    "The body is larger than " + maxBodyBytes + " bytes (quarkus.http.limits.max-body-size)",
                    true);
            return;
        }
        context.next();
    }

    /** A 4xx the HTTP layer failed the request with (no resource involved): answered as a problem. */
    private void answerFailure(RoutingContext context) {
        int status = context.statusCode();
        if (context.failure() instanceof HttpException http) {
            status = http.getStatusCode();
        }
        boolean httpLayerFailure = context.failure() == null || context.failure() instanceof HttpException;
        if (status < 400
                || status >= 500
                || !httpLayerFailure
                || context.response().headWritten()) {
            context.next();
            return;
        }
        Status known = Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        answer(context, status, title, "The request was refused by the HTTP layer: " + title, status == 413);
    }

    private void answer(RoutingContext context, int status, String title, String detail, boolean closeAfter) {
        Problem problem = Problem.of(status, title, "http-" + status, detail, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + ",\"title\":\"" + title + "\"}";
        }
        var response = context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (closeAfter) {
            // The client may still be sending the body: close instead of reading it.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ignored -> context.request().connection().close());
        }
        response.end(body);
    }

    private static final String UNPARSABLE_URI_HINT =
            "every '%' must start an escape of two hex digits (%25 for '%' itself), and spaces and"
                    + " other reserved characters must be escaped";

    private static boolean parses(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
