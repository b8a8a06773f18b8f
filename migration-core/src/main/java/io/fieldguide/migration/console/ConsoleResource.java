package io.fieldguide.migration.console;

import io.fieldguide.migration.ratelimit.RateLimited;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the console at {@code /console} reads besides the migration API: who the token belongs to,
 * the lint's verdict on the scripts, and the module's own panels. All reads, for any authenticated
 * caller; the console's actions go through {@code /api/migrations} and its role checks.
 */
@Path("/api/console")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Console", description = "What the migration console at /console reads besides /api/migrations")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "429", description = "Rate limit exceeded; retry after Retry-After seconds")
@RateLimited
@Authenticated
public class ConsoleResource {

    private final SecurityIdentity identity;
    private final ScriptLints lints;
    private final ModulePanels panels;

    ConsoleResource(SecurityIdentity identity, ScriptLints lints, ModulePanels panels) {
        this.identity = identity;
        this.lints = lints;
        this.panels = panels;
    }

    @GET
    @Path("/session")
    @Operation(
            operationId = "consoleSession",
            summary = "The caller's name and roles, as the service reads the token",
            description = "The console signs in with it: a refused token is a 401 here, before any panel loads.")
    @APIResponse(
            responseCode = "200",
            description = "The caller",
            content =
                    @Content(
                            schema = @Schema(implementation = ConsoleSession.class),
                            examples = @ExampleObject(name = "an admin", value = ConsoleExamples.SESSION)))
    public ConsoleSession session() {
        return ConsoleSession.of(identity);
    }

    @GET
    @Path("/lint")
    @Operation(
            operationId = "consoleLint",
            summary = "The lint's verdict on every migration script of the service",
            description = "The same rules and lint:allow markers as the module's lint test and the lint command;"
                    + " scripts that pass are not listed.")
    @APIResponse(
            responseCode = "200",
            description = "The findings, grouped by script",
            content =
                    @Content(
                            schema = @Schema(implementation = ScriptLints.Report.class),
                            examples = @ExampleObject(name = "one finding", value = ConsoleExamples.LINT)))
    public ScriptLints.Report lint() {
        return lints.lint();
    }

    @GET
    @Path("/panels")
    @Operation(
            operationId = "consolePanels",
            summary = "The panels this service adds to the console, with their content",
            description = "Declared by the module as ConsolePanel beans; a panel that fails carries its error"
                    + " instead of a view, and the others still answer.")
    @APIResponse(
            responseCode = "200",
            description = "The module's panels, in order",
            content =
                    @Content(
                            schema = @Schema(implementation = ModulePanels.Response.class),
                            examples = @ExampleObject(name = "partitions", value = ConsoleExamples.PANELS)))
    public ModulePanels.Response panels() {
        return panels.read();
    }
}
