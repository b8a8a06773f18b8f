package io.fieldguide.migration.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Treats a POST or PUT without a Content-Type, or without a body, as JSON, so that the seeds' bare
 * {@code curl -X POST .../run-migration} works instead of answering 415 (clients label an empty
 * POST as a form or nothing at all).
 */
public class JsonByDefault {

    @ServerRequestFilter(preMatching = true)
    public void assumeJson(ContainerRequestContext request) {
        boolean writes = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
        boolean unlabelled = request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null;
        if (writes && (unlabelled || request.getLength() == 0)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
