package io.fieldguide.protein.profile;

import io.fieldguide.protein.user.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own settings (user_profiles); there is no path to anyone else's. */
@Path("/api/me/settings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profile and settings", description = "My account, goals, body measurements, time zone and theme")
@SecurityRequirement(name = "jwt")
@Authenticated
public class SettingsResource {

    private final ProfileStore store;
    private final CurrentUser caller;

    SettingsResource(ProfileStore store, CurrentUser caller) {
        this.store = store;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "getMySettings",
            summary = "My goals, body measurements, time zone and theme",
            description = "The defaults (no goals, UTC) while nothing was saved.")
    @APIResponse(
            responseCode = "200",
            description = "My settings",
            content = @Content(schema = @Schema(implementation = Settings.class)))
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    public Settings get() {
        return store.settings(caller.id());
    }

    @PUT
    @Operation(
            operationId = "replaceMySettings",
            summary = "Save all my settings",
            description = "Replaces every setting (a missing goal clears it). The dashboard reads the new goals at"
                    + " once; a new time zone applies to meals written from now on (a meal keeps its day). A change"
                    + " is recorded in the activity log.")
    @APIResponse(
            responseCode = "200",
            description = "My settings as saved",
            content = @Content(schema = @Schema(implementation = Settings.class)))
    @APIResponse(
            responseCode = "400",
            description = "An out-of-range value, an unknown time zone, missing fields, bad JSON")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    public Settings replace(@Valid @NotNull SettingsInput input) {
        return store.replaceSettings(caller.id(), input);
    }
}
