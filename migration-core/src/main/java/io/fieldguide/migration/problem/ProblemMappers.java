package io.fieldguide.migration.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.faulttolerance.api.RateLimitException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure of every service to one {@link Problem} shape. */
public class ProblemMappers {

    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']*)'");

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        List<Problem.FieldError> errors =
                e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        return Problem.of(400, "Bad Request", "invalid-request", e.getMessage(), errors)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response refused(RefusedException e) {
        return Problem.of(Status.CONFLICT, "refused", e.getMessage())
                .with("subject", e.subject())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e) {
        return Problem.of(Status.NOT_FOUND, "not-found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(field(violation), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return Problem.of(400, "Bad Request", "validation", detail, errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : duplicatedKey(e);
        String detail = field == null || field.isEmpty()
                ? "Malformed JSON: " + e.getOriginalMessage()
                : "Invalid value for " + field + ": " + e.getOriginalMessage();
        List<Problem.FieldError> errors = field == null || field.isEmpty()
                ? List.of()
                : List.of(new Problem.FieldError(field, e.getOriginalMessage()));
        return Problem.of(400, "Bad Request", "malformed-json", detail, errors).toResponse();
    }

    /** Named separately: quarkus-rest-jackson ships its own mapper for this subtype, which would win. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated("Authentication required: send a Bearer token");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated("The Bearer token is invalid, expired or wrongly signed");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        // A service's own refusal says why; the framework's role check has no message worth showing.
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "The caller lacks the role this operation requires"
                : e.getMessage();
        return Problem.of(Status.FORBIDDEN, "forbidden", detail).toResponse();
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitException e) {
        long seconds = Math.max(1, (e.getRetryAfterMillis() + 999) / 1000);
        Response response = Problem.of(
                        Status.TOO_MANY_REQUESTS, "rate-limited", "Too many requests; retry after " + seconds + " s")
                .toResponse();
        return Response.fromResponse(response)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }

    /**
     * JAX-RS answers 404 when a path or query parameter does not convert (the cause is the
     * conversion's failure); the client sent a bad value, so it is a 400 naming the parameter.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, ResourceInfo resource, UriInfo uri) {
        if (e.getCause() == null || e.getCause() instanceof WebApplicationException) {
            return webApplication(e);
        }
        InvalidRequestException invalid = UnconvertibleParameter.find(resource, uri)
                .map(found -> new InvalidRequestException(found[0], found[0] + " has an invalid value: " + found[1]))
                .orElseGet(() -> new InvalidRequestException(null, "A path or query parameter has an invalid value"));
        return invalidRequest(invalid);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        Response original = e.getResponse();
        if (original.getStatus() >= 500) {
            return serverFault(e);
        }
        Status status = Status.fromStatusCode(original.getStatus());
        String title = status == null ? "Error" : status.getReasonPhrase();
        return Problem.of(original.getStatus(), title, "http-" + original.getStatus(), e.getMessage(), List.of())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response serverFault(Throwable e) {
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unhandled failure, incident %s", incident);
        return Problem.of(
                        Status.INTERNAL_SERVER_ERROR,
                        "server-fault",
                        "The server failed; incident " + incident + " is in its log")
                .toResponse();
    }

    private static Response unauthenticated(String detail) {
        return Problem.of(Status.UNAUTHORIZED, "unauthorized", detail).toBearerChallenge();
    }

    /** {@code create.body.feedingTime} → {@code feedingTime}: the client knows its fields, not our method names. */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .toList();
        List<String> names = nodes.stream()
                .filter(node -> node.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT)
                .map(node -> node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName())
                .filter(name -> name != null)
                .toList();
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return nodes.isEmpty() ? "request" : nodes.get(nodes.size() - 1).getName();
    }

    /** Jackson's strict duplicate detection names the key only in its message. */
    private static String duplicatedKey(JsonProcessingException e) {
        Matcher matcher = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference ->
                        reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
