package io.fieldguide.migration.problem;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 415 to a body that is not JSON sent to an operation that does not say what it consumes:
 * without {@code @Consumes}, JAX-RS would hand a {@code text/plain} body to the JSON reader or
 * store it as raw text. An operation that takes another type declares it with {@code @Consumes}.
 */
public class JsonBodiesOnly {

    @ServerRequestFilter
    public void refuseOtherBodies(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null || declaresConsumes(resource) || !hasBody(request)) {
            return;
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (!isJson(contentType)) {
            throw new NotSupportedException("This operation takes application/json, not " + contentType);
        }
    }

    private static boolean declaresConsumes(ResourceInfo resource) {
        return resource.getResourceMethod().isAnnotationPresent(Consumes.class)
                || resource.getResourceClass().isAnnotationPresent(Consumes.class);
    }

    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return type.getType().equalsIgnoreCase("application")
                    && (type.getSubtype().equalsIgnoreCase("json")
                            || type.getSubtype()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
