package io.fieldguide.protein.activity;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.protein.user.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own activity log, newest first, paged by id. */
@Path("/api/me/activity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity", description = "The log of a user's changes: meals, favourites, imports, exports")
@SecurityRequirement(name = "jwt")
@Authenticated
public class ActivityResource {

    private final DataSource dataSource;
    private final CurrentUser caller;
    private final ObjectMapper json;

    ActivityResource(DataSource dataSource, CurrentUser caller, ObjectMapper json) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Operation(
            operationId = "listMyActivity",
            summary = "My changes, newest first (before: the last id of the previous page)")
    @APIResponse(
            responseCode = "200",
            description = "The entries",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ActivityEntry.class)))
    @APIResponse(responseCode = "400", description = "A bad limit or before")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    public List<ActivityEntry> list(
            @QueryParam("before") @Min(1) Long before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, action, entity_type, entity_id, details::text, created_at FROM activity_logs"
                                + " WHERE user_id = ? AND (?::bigint IS NULL OR id < ?) ORDER BY id DESC LIMIT ?")) {
            select.setString(1, caller.id());
            select.setObject(2, before, java.sql.Types.BIGINT);
            select.setObject(3, before, java.sql.Types.BIGINT);
            select.setInt(4, limit);
            List<ActivityEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new ActivityEntry(
                            row.getLong(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            json.readTree(row.getString(5)),
                            row.getTimestamp(6).toInstant()));
                }
            }
            return entries;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not read the activity log", e);
        }
    }
}
