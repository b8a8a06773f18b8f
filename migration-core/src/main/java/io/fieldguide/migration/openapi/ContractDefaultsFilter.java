package io.fieldguide.migration.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.migration.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.api.util.FilterUtil;
import io.smallrye.openapi.api.util.UnusedSchemaFilter;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of every service has in common, documented once instead of on each
 * resource: the problem+json answers of the core's mappers (400 where a parameter or a body can be
 * wrong, 401 on secured operations, 413 and 415 where a body can be sent, 414 and 500 everywhere),
 * the shared {@code Problem} schema on every error answer with an example object where a resource
 * gave none, and {@code security: []} on the public operations (so that a reader, and a linter,
 * can tell "public" from "forgotten").
 *
 * <p>A resource documents what only it knows: its own errors (404, 409, ...), the 403 of an
 * operation that needs a role and the 429 of a {@code @RateLimited} one (a filter sees the
 * document, not the annotations); this filter then completes them with the body.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractDefaultsFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Set<PathItem.HttpMethod> BODY_METHODS =
            Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            NullableReferences.inline(openAPI.getComponents().getSchemas());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations()
                .forEach((method, operation) -> document(method, operation, hasParameters(path))));
        // SmallRye's own removal of unused schemas runs before the filters; a schema inlined by
        // NullableReferences may be unused now.
        FilterUtil.applyFilter(new UnusedSchemaFilter(), openAPI);
    }

    private static boolean hasParameters(PathItem path) {
        return path.getParameters() != null && !path.getParameters().isEmpty();
    }

    private void document(PathItem.HttpMethod method, Operation operation, boolean pathHasParameters) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            addIfMissing(responses, CommonResponses.UNAUTHORIZED);
        } else {
            operation.setSecurity(new ArrayList<>());
        }
        boolean takesInput = pathHasParameters
                || operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (takesInput) {
            // A parameter that does not convert, or a body that does not parse, is a 400 (ProblemMappers).
            addIfMissing(responses, CommonResponses.BAD_REQUEST);
        }
        if (BODY_METHODS.contains(method)) {
            addIfMissing(responses, CommonResponses.CONTENT_TOO_LARGE);
            addIfMissing(responses, CommonResponses.UNSUPPORTED_MEDIA_TYPE);
        }
        addIfMissing(responses, CommonResponses.URI_TOO_LONG);
        addIfMissing(responses, CommonResponses.SERVER_FAULT);
        responses.getAPIResponses().forEach(ContractDefaultsFilter::completeProblem);
    }

    private static void addIfMissing(APIResponses responses, CommonResponses common) {
        if (!responses.hasAPIResponse(common.code)) {
            responses.addAPIResponse(common.code, OASFactory.createAPIResponse().description(common.description));
        }
    }

    /** An error answer gets the problem+json body with the shared schema and, if it has none, an example. */
    private static void completeProblem(String code, APIResponse response) {
        if (!code.matches("[45]\\d\\d") || response.getRef() != null) {
            return;
        }
        CommonResponses common = CommonResponses.forCode(code);
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(common == null ? "Refused" : common.description);
        }
        Content content = response.getContent();
        if (content == null
                || content.getMediaTypes() == null
                || content.getMediaTypes().isEmpty()) {
            content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType());
            response.setContent(content);
        }
        MediaType plainJson = content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (plainJson != null && !content.hasMediaType(Problem.MEDIA_TYPE)) {
            // An @APIResponse without a media type inherits the resource's @Produces; errors are problem+json.
            content.removeMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            content.addMediaType(Problem.MEDIA_TYPE, plainJson);
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getSchema() == null) {
                media.setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
            }
            boolean hasExample = media.getExample() != null
                    || (media.getExamples() != null && !media.getExamples().isEmpty());
            if (!hasExample && common != null) {
                media.addExample(
                        common.name().toLowerCase().replace('_', '-'),
                        OASFactory.createExample().value(jsonObject(common.example)));
            }
        }
    }

    /** An example must be the object the service answers, not a string holding its JSON. */
    static Map<?, ?> jsonObject(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON object: " + json, e);
        }
    }
}
