package io.fieldguide.migration.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error shape of every service: RFC 9457 {@code application/problem+json}, with the fields
 * at fault listed in {@code errors} and any extension members (e.g. a failed run's {@code results})
 * beside the standard ones. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details; some problems add members of their own (e.g. subject, results)",
        additionalProperties = Schema.True.class,
        requiredProperties = {"type", "title", "status"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://fieldguide.io/problems/";

    @Schema(description = "Identifies the kind of problem", examples = "https://fieldguide.io/problems/validation")
    public final String type;

    @Schema(description = "The HTTP reason phrase", examples = "Bad Request")
    public final String title;

    @Schema(description = "The HTTP status code", examples = "400")
    public final int status;

    @Schema(description = "What went wrong, for a person")
    public final String detail;

    @Schema(description = "The request's fields at fault, when there are any")
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
    @Schema(
            name = "FieldError",
            requiredProperties = {"field", "message"})
    public record FieldError(String field, String message) {}

    public static Problem of(Response.Status status, String slug, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), slug, detail, List.of());
    }

    public static Problem of(int status, String title, String slug, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + slug, title, status, detail, errors);
    }

    /**
     * A migration or undo step failed; PostgreSQL rolled it back and the history recorded it. A 500
     * because the request was sound and the server could not carry it out.
     */
    public static Problem migrationFailed(String step, String error) {
        return of(
                        500,
                        "Internal Server Error",
                        "migration-failed",
                        "Migration " + step + " failed: " + error,
                        List.of())
                .with("message", "Migration failed; the failed step was rolled back and recorded in the history")
                .with("success", false);
    }

    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> extensions() {
        return extensions;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** A 401 must say how to authenticate (RFC 9110 section 11.6.1): here, with a Bearer token. */
    public Response toBearerChallenge() {
        return Response.fromResponse(toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }
}
