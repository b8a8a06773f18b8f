package io.fieldguide.course.notes;

import io.fieldguide.course.Examples;
import io.fieldguide.course.notes.NoteViews.NewNote;
import io.fieldguide.course.notes.NoteViews.NoteUpdate;
import io.fieldguide.course.notes.NoteViews.NoteView;
import io.fieldguide.course.user.CurrentUser;
import io.fieldguide.migration.problem.Problem;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own episode notes. Another user's note answers 404, exactly like a missing one. */
@Path("/api/me/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My notes", description = "The signed-in user's notes on episodes")
@SecurityRequirement(name = "jwt")
@Authenticated
@APIResponse(responseCode = "403", description = "The token is valid but its user has no account here")
public class NoteResource {

    private final NoteService notes;
    private final CurrentUser caller;

    NoteResource(NoteService notes, CurrentUser caller) {
        this.notes = notes;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listNotes", summary = "My notes, newest first; optionally one episode's")
    @APIResponse(
            responseCode = "200",
            description = "The notes",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = NoteView.class),
                            examples = @ExampleObject(name = "notes", value = "[" + Examples.NOTE + "]")))
    public List<NoteView> list(@QueryParam("episodeId") @Positive Long episodeId) {
        return notes.notes(caller.id(), episodeId);
    }

    @POST
    @Operation(operationId = "createNote", summary = "Write a note on an episode")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = NewNote.class),
                            examples = @ExampleObject(name = "note", value = Examples.NOTE_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            schema = @Schema(implementation = NoteView.class),
                            examples = @ExampleObject(name = "note", value = Examples.NOTE)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, unknown episode, bad JSON",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    public Response create(@Valid @NotNull NewNote request, @Context UriInfo uri) {
        NoteView created = notes.create(caller.id(), request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNote", summary = "One of my notes")
    @APIResponse(
            responseCode = "200",
            description = "The note",
            content =
                    @Content(
                            schema = @Schema(implementation = NoteView.class),
                            examples = @ExampleObject(name = "note", value = Examples.NOTE)))
    @APIResponse(
            responseCode = "404",
            description = "No such note of the caller's (another user's note is not revealed)",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    public NoteView get(@PathParam("id") long id) {
        return notes.note(caller.id(), id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateNote", summary = "Rewrite one of my notes")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = NoteUpdate.class),
                            examples = @ExampleObject(name = "note", value = "{\"content\": \"Rewritten\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The note as stored",
            content =
                    @Content(
                            schema = @Schema(implementation = NoteView.class),
                            examples = @ExampleObject(name = "note", value = Examples.NOTE)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields or bad JSON",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(
            responseCode = "404",
            description = "No such note of the caller's",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    public NoteView update(@PathParam("id") long id, @Valid @NotNull NoteUpdate request) {
        return notes.update(caller.id(), id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteNote", summary = "Delete one of my notes")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "No such note of the caller's",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    public Response delete(@PathParam("id") long id) {
        notes.delete(caller.id(), id);
        return Response.noContent().build();
    }
}
