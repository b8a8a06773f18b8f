package io.fieldguide.course.auth;

import io.fieldguide.course.Examples;
import io.fieldguide.migration.problem.Problem;
import io.fieldguide.migration.ratelimit.RateLimited;
import io.fieldguide.migration.ratelimit.RateLimiters;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Login: a password in, a signed JWT out. Rate-limited against password guessing per client address
 * (the filter) and per account named in the body, so guessing one account's password from many
 * addresses is limited too, and a flood for a made-up address locks out no one else.
 */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Log in with an e-mail address and password to get a Bearer token")
@RateLimited
public class AuthResource {

    private final TokenService tokens;
    private final RateLimiters limiters;

    AuthResource(TokenService tokens, RateLimiters limiters) {
        this.tokens = tokens;
        this.limiters = limiters;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(operationId = "login", summary = "Exchange an e-mail address and password for a Bearer token")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = LoginRequest.class),
                            examples = @ExampleObject(name = "login", value = Examples.LOGIN_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "A signed JWT",
            content =
                    @Content(
                            schema = @Schema(implementation = LoginResponse.class),
                            examples = @ExampleObject(name = "token", value = Examples.LOGIN_RESPONSE)))
    @APIResponse(
            responseCode = "400",
            description = "Missing or malformed fields, bad JSON",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(
            responseCode = "401",
            description = "Unknown e-mail address or wrong password",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "wrong password", value = Examples.PROBLEM_LOGIN_401)))
    @APIResponse(
            responseCode = "429",
            description = "Too many attempts; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public LoginResponse login(@Valid @NotNull LoginRequest request) {
        limiters.acquireForCaller(
                AuthResource.class, "account " + request.email().toLowerCase(Locale.ROOT));
        return tokens.login(request);
    }
}
