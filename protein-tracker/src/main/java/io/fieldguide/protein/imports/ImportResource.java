package io.fieldguide.protein.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.protein.user.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The guide's Phase 2 for one user: their localStorage export into the database. */
@Path("/api/me/import")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Importing the DynProt web app's localStorage exports")
@SecurityRequirement(name = "jwt")
@Authenticated
public class ImportResource {

    private final ImportService imports;
    private final CurrentUser caller;
    private final ObjectMapper json;

    ImportResource(ImportService imports, CurrentUser caller, ObjectMapper json) {
        this.imports = imports;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Operation(
            operationId = "importMyExport",
            summary = "Import my localStorage export",
            description = "Every record ends up imported, already imported (by an earlier import), merged as a"
                    + " duplicate of a named record, or rejected with its reason. Importing the same export again"
                    + " changes nothing and says so (changed=false).")
    @APIResponse(
            responseCode = "200",
            description = "The import report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not an export: bad JSON, wrong types, meals missing; nothing written")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token's user has no account here")
    @APIResponse(responseCode = "413", description = "The body is larger than the service accepts")
    public ImportReport importMyExport(@Valid @NotNull LocalStorageExport export) throws JsonProcessingException {
        return imports.importExport(caller.id(), export, sha256(json.writeValueAsBytes(export)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
