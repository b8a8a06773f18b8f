package io.fieldguide.protein.dashboard;

import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.protein.user.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dashboard range query: up to a year of days with goals and totals, read from daily_summaries. */
@Path("/api/me/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "A user's days with goals and totals")
@SecurityRequirement(name = "jwt")
@Authenticated
public class DashboardResource {

    static final int MAX_DAYS = 366;

    private final DashboardQuery query;
    private final CurrentUser caller;

    DashboardResource(DashboardQuery query, CurrentUser caller) {
        this.query = query;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "getMyDashboard",
            summary = "My days from `from` to `to` (inclusive, at most 366 days) with goals and totals")
    @APIResponse(
            responseCode = "200",
            description = "Every day of the range",
            content = @Content(schema = @Schema(implementation = Dashboard.class)))
    @APIResponse(responseCode = "400", description = "A missing or bad date, from after to, or more than 366 days")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    public Dashboard get(
            @QueryParam("from") @Schema(format = "date", required = true) LocalDate from,
            @QueryParam("to") @Schema(format = "date", required = true) LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidRequestException(from == null ? "from" : "to", "from and to are required dates");
        }
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidRequestException(
                    "from",
                    "The range must run forwards and hold at most " + MAX_DAYS + " days: " + from + " to " + to);
        }
        return query.range(caller.id(), from, to);
    }
}
