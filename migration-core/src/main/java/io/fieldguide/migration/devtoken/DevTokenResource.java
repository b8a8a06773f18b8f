package io.fieldguide.migration.devtoken;

import io.fieldguide.migration.embedded.DevKeys;
import io.fieldguide.migration.embedded.EmbeddedPostgresServer;
import io.fieldguide.migration.problem.Problem;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.fieldguide.migration.security.MigrationRoles;
import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mints a token for trying the API of a local demo, the one that runs on its embedded database and
 * signs with the dev-only key shipped in the repository. Anyone can mint such tokens offline with
 * that public key, so this adds no power; anywhere else it answers 404.
 */
@Path("/api/dev/token")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Local demo", description = "Only on a service running on its embedded database")
public class DevTokenResource {

    private static final Duration LIFETIME = Duration.ofHours(8);

    private final Optional<String> signKey;

    DevTokenResource(@ConfigProperty(name = DevKeys.SIGN_PROPERTY) Optional<String> signKey) {
        this.signKey = signKey;
    }

    @POST
    @PermitAll
    @Operation(
            operationId = "devToken",
            summary = "A signed token for a local demo (default: demo-admin with migration-admin)")
    @APIResponse(
            responseCode = "200",
            description = "The token; send it as Authorization: Bearer <token>",
            content =
                    @Content(
                            schema = @Schema(implementation = DevToken.class),
                            examples = @ExampleObject(name = "demo admin", value = DevToken.EXAMPLE)))
    @APIResponse(
            responseCode = "400",
            description = "Bad user or role names",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "Not a local demo",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DevToken issue(
            @RequestBody(required = false, description = "Optional; without it, demo-admin with migration-admin") @Valid
                    DevTokenRequest request) {
        if (!EmbeddedPostgresServer.isRunning() || !DevKeys.isDevKey(signKey.orElse(null))) {
            throw new ResourceNotFoundException(
                    "Dev tokens exist only on a local demo (embedded database and dev-only keys)");
        }
        String user = request == null || request.user() == null ? "demo-admin" : request.user();
        Set<String> roles = request == null || request.roles() == null ? Set.of(MigrationRoles.ADMIN) : request.roles();
        Instant expiresAt = Instant.now().plus(LIFETIME);
        String token = Jwt.upn(user).groups(roles).expiresAt(expiresAt).sign();
        return new DevToken(token, user, roles, expiresAt);
    }
}
