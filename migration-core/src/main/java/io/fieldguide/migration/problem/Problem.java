package io.fieldguide.migration.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one error shape of every service: RFC 9457 {@code application/problem+json}, with the fields
 * at fault listed in {@code errors} and any extension members (e.g. a failed run's {@code results})
 * beside the standard ones. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://fieldguide.io/problems/";

    public final String type;
    public final String title;
    public final int status;
    public final String detail;
    public final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    private Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** One field of the request and what is wrong with it. */
    public record FieldError(String field, String message) {}

    public static Problem of(Response.Status status, String slug, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), slug, detail, List.of());
    }

    public static Problem of(int status, String title, String slug, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + slug, title, status, detail, errors);
    }

    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
