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

/** The caller's own account; there is no path to anyone else's. */
@Path("/api/me/profile")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profile and settings", description = "My account, goals, body measurements, time zone and theme")
@SecurityRequirement(name = "jwt")
@Authenticated
public class ProfileResource {

    private final ProfileStore store;
    private final CurrentUser caller;

    ProfileResource(ProfileStore store, CurrentUser caller) {
        this.store = store;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMyProfile", summary = "My account")
    @APIResponse(
            responseCode = "200",
            description = "My account",
            content = @Content(schema = @Schema(implementation = Profile.class)))
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    public Profile get() {
        return store.profile(caller.id());
    }

    @PUT
    @Operation(
            operationId = "replaceMyProfile",
            summary = "Change my username, names, avatar and onboarding flag",
            description = "Replaces every editable field (a missing name clears it). The e-mail address is the"
                    + " login and is not changed here. A change is recorded in the activity log.")
    @APIResponse(
            responseCode = "200",
            description = "My account as saved",
            content = @Content(schema = @Schema(implementation = Profile.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, bad JSON")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    @APIResponse(responseCode = "409", description = "Another account has that username")
    public Profile replace(@Valid @NotNull ProfileInput input) {
        return store.replaceProfile(caller.id(), input);
    }
}
