package io.fieldguide.lots.production;

import io.fieldguide.lots.ApiResponses;
import io.fieldguide.lots.ApiTags;
import io.fieldguide.lots.Codes;
import io.fieldguide.lots.Examples;
import io.fieldguide.lots.LotRoles;
import io.fieldguide.lots.production.RunViews.CompleteRun;
import io.fieldguide.lots.production.RunViews.Consume;
import io.fieldguide.lots.production.RunViews.RunView;
import io.fieldguide.lots.production.RunViews.StartRun;
import io.fieldguide.migration.problem.Problem;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Production runs, by batch number: start, consume lots, complete with an output lot. */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.RUNS, description = ApiTags.RUNS_DESCRIPTION)
@SecurityRequirement(name = "jwt")
@Authenticated
@APIResponse(responseCode = "401", description = ApiResponses.NO_TOKEN)
public class ProductionRunResource {

    private final ProductionService production;

    ProductionRunResource(ProductionService production) {
        this.production = production;
    }

    @POST
    @RolesAllowed(LotRoles.OPERATOR)
    @Operation(operationId = "startRun", summary = "Start a production run (IN_PROGRESS)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "run", value = Examples.START_RUN)))
    @APIResponse(
            responseCode = "201",
            description = "Started; Location names it",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(
            responseCode = "400",
            description = ApiResponses.BAD_INPUT + "; also an unknown ingredient or recipe",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "403", description = ApiResponses.NOT_OPERATOR)
    @APIResponse(responseCode = "409", description = "The batch number is taken")
    public Response start(@Valid @NotNull StartRun request, @Context UriInfo uri) {
        RunView run = production.start(request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(run.batchNumber()).build())
                .entity(run)
                .build();
    }

    @GET
    @Path("/{batchNumber}")
    @Operation(operationId = "getRun", summary = "A run with every lot it consumed and its output lot")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "400", description = "A malformed code (NUL character, too long)")
    @APIResponse(responseCode = "404", description = "No such run")
    public RunView get(@PathParam("batchNumber") String batchNumber) {
        return production.get(Codes.require("batchNumber", batchNumber));
    }

    @POST
    @Path("/{batchNumber}/consumptions")
    @RolesAllowed(LotRoles.OPERATOR)
    @Operation(
            operationId = "consumeLots",
            summary = "Put quantities of one or more lots into the run: all or nothing, never beyond what a lot has")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "consume", value = Examples.CONSUME)))
    @APIResponse(
            responseCode = "200",
            description = "The run with its inputs",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_INPUT)
    @APIResponse(responseCode = "403", description = ApiResponses.NOT_OPERATOR)
    @APIResponse(responseCode = "404", description = "No such run or lot")
    @APIResponse(
            responseCode = "409",
            description = "A lot has less available than asked, is on hold or failed; or the run is not in progress",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "short", value = Examples.PROBLEM_409)))
    public RunView consume(@PathParam("batchNumber") String batchNumber, @Valid @NotNull Consume request) {
        return production.consume(Codes.require("batchNumber", batchNumber), request);
    }

    @POST
    @Path("/{batchNumber}/complete")
    @RolesAllowed(LotRoles.OPERATOR)
    @Operation(
            operationId = "completeRun",
            summary =
                    "Complete the run: its output becomes a lot; records FSMA 204's transformation event (21 CFR 1.1350)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "complete", value = Examples.COMPLETE_RUN)))
    @APIResponse(
            responseCode = "200",
            description = "The completed run with its output lot",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_INPUT)
    @APIResponse(responseCode = "403", description = ApiResponses.NOT_OPERATOR)
    @APIResponse(responseCode = "404", description = "No such run")
    @APIResponse(
            responseCode = "409",
            description = "The run is not in progress, consumed nothing, or the output lot code is taken")
    public RunView complete(@PathParam("batchNumber") String batchNumber, @Valid @NotNull CompleteRun request) {
        return production.complete(Codes.require("batchNumber", batchNumber), request);
    }
}
