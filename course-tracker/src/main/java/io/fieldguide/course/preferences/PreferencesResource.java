package io.fieldguide.course.preferences;

import io.fieldguide.course.Examples;
import io.fieldguide.course.user.CurrentUser;
import io.fieldguide.migration.problem.Problem;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own preferences (the guide's user_preferences). */
@Path("/api/me/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My preferences", description = "The signed-in user's theme and notifications")
@SecurityRequirement(name = "jwt")
@Authenticated
@APIResponse(responseCode = "403", description = "The token is valid but its user has no account here")
public class PreferencesResource {

    private final PreferencesService preferences;
    private final CurrentUser caller;

    PreferencesResource(PreferencesService preferences, CurrentUser caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getPreferences", summary = "My preferences (the defaults until I save some)")
    @APIResponse(
            responseCode = "200",
            description = "The preferences",
            content =
                    @Content(
                            schema = @Schema(implementation = PreferencesView.class),
                            examples = @ExampleObject(name = "preferences", value = Examples.PREFERENCES)))
    public PreferencesView get() {
        return preferences.preferences(caller.id());
    }

    @PUT
    @Operation(operationId = "savePreferences", summary = "Save my preferences")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PreferencesView.class),
                            examples = @ExampleObject(name = "preferences", value = Examples.PREFERENCES)))
    @APIResponse(
            responseCode = "200",
            description = "The preferences as stored",
            content =
                    @Content(
                            schema = @Schema(implementation = PreferencesView.class),
                            examples = @ExampleObject(name = "preferences", value = Examples.PREFERENCES)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields or bad JSON",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    public PreferencesView save(@Valid @NotNull PreferencesView request) {
        return preferences.save(caller.id(), request);
    }
}
