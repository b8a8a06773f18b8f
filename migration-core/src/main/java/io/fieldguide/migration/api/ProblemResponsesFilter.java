package io.fieldguide.migration.api;

import io.fieldguide.migration.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the security errors of every secured operation of every service in one place, instead
 * of an {@code @APIResponse(401)} on each resource: Quarkus adds 401 and 403 to operations guarded
 * by {@code @Authenticated} or {@code @RolesAllowed}; this gives them the problem+json body and an
 * example, and adds a 401 where an operation declares security but no 401.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String[]> SECURITY_ERRORS = Map.of(
            "401", new String[] {"No token, or an invalid one", MigrationApiExamples.PROBLEM_401},
            "403",
                    new String[] {"The caller lacks the role this operation requires", MigrationApiExamples.PROBLEM_403
                    });

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations()
                .values()
                .forEach(this::document));
    }

    private void document(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        SECURITY_ERRORS.forEach((code, text) -> {
            APIResponse response = operation.getResponses().getAPIResponse(code);
            if (response == null && secured && code.equals("401")) {
                response = OASFactory.createAPIResponse().description(text[0]);
                operation.getResponses().addAPIResponse(code, response);
            }
            if (response != null && response.getContent() == null) {
                response.content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .addExample(
                                                code.equals("401") ? "unauthorized" : "forbidden",
                                                OASFactory.createExample().value(text[1]))));
            }
        });
    }
}
