package io.fieldguide.protein.auth;

import io.fieldguide.migration.problem.Problem;
import io.fieldguide.migration.ratelimit.RateLimited;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Register and log in: a password in, a signed JWT out. Rate-limited per client against guessing. */
@Path("/api/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Authentication",
        description = "Register, and log in with an e-mail address and password for a Bearer token")
@RateLimited
@PermitAll
public class AuthResource {

    private final Accounts accounts;

    AuthResource(Accounts accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("/register")
    @Operation(operationId = "register", summary = "Create an account (the password is stored as a bcrypt hash)")
    @APIResponse(
            responseCode = "201",
            description = "The account, logged in",
            content = @Content(schema = @Schema(implementation = Session.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields, a password under 10 characters")
    @APIResponse(responseCode = "409", description = "The e-mail address or the username is already registered")
    @APIResponse(responseCode = "429", description = "Too many attempts; see Retry-After")
    public Response register(@Valid @NotNull Registration registration) {
        return Response.status(201).entity(accounts.register(registration)).build();
    }

    @POST
    @Path("/login")
    @Operation(operationId = "login", summary = "Exchange an e-mail address and password for a Bearer token")
    @APIResponse(
            responseCode = "200",
            description = "A signed JWT",
            content = @Content(schema = @Schema(implementation = Session.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields")
    @APIResponse(responseCode = "401", description = "Unknown e-mail address or wrong password")
    @APIResponse(responseCode = "429", description = "Too many attempts; see Retry-After")
    public Session login(@Valid @NotNull Credentials credentials) {
        return accounts.login(credentials);
    }

    /** A failed login in the problem+json shape of every other error. */
    @ServerExceptionMapper
    public Response invalidCredentials(InvalidCredentialsException e) {
        return Problem.of(401, "Unauthorized", "invalid-credentials", e.getMessage(), List.of())
                .toBearerChallenge();
    }
}
