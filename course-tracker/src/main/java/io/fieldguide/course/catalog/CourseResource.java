package io.fieldguide.course.catalog;

import io.fieldguide.course.Examples;
import io.fieldguide.course.catalog.CourseViews.CourseView;
import io.fieldguide.course.catalog.CourseViews.EpisodeView;
import io.fieldguide.course.catalog.CourseViews.NewCourse;
import io.fieldguide.course.catalog.CourseViews.NewEpisode;
import io.fieldguide.course.user.Role;
import io.fieldguide.migration.problem.Problem;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Courses and their episodes: any signed-in user reads them, instructors add them. */
@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses", description = "Courses and their episodes: any signed-in user reads, instructors add")
@SecurityRequirement(name = "jwt")
@Authenticated
public class CourseResource {

    private final CourseService courses;

    CourseResource(CourseService courses) {
        this.courses = courses;
    }

    @GET
    @Operation(operationId = "listCourses", summary = "All courses")
    @APIResponse(
            responseCode = "200",
            description = "The courses, oldest first",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = CourseView.class),
                            examples = @ExampleObject(name = "courses", value = "[" + Examples.COURSE + "]")))
    public List<CourseView> list() {
        return courses.courses();
    }

    @POST
    @RolesAllowed(Role.INSTRUCTOR)
    @Operation(operationId = "createCourse", summary = "Create a course")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = NewCourse.class),
                            examples = @ExampleObject(name = "course", value = Examples.COURSE_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            schema = @Schema(implementation = CourseView.class),
                            examples = @ExampleObject(name = "course", value = Examples.COURSE)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields or bad JSON",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(
            responseCode = "403",
            description = "Caller is not an instructor",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@Valid @NotNull NewCourse request, @Context UriInfo uri) {
        CourseView created = courses.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{courseId}")
    @Operation(operationId = "getCourse", summary = "One course")
    @APIResponse(
            responseCode = "200",
            description = "The course",
            content =
                    @Content(
                            schema = @Schema(implementation = CourseView.class),
                            examples = @ExampleObject(name = "course", value = Examples.COURSE)))
    @APIResponse(
            responseCode = "404",
            description = "No such course",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CourseView get(@PathParam("courseId") long courseId) {
        return courses.course(courseId);
    }

    @GET
    @Path("/{courseId}/episodes")
    @Operation(operationId = "listEpisodes", summary = "A course's episodes, in order")
    @APIResponse(
            responseCode = "200",
            description = "The episodes",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EpisodeView.class),
                            examples = @ExampleObject(name = "episodes", value = "[" + Examples.EPISODE + "]")))
    @APIResponse(
            responseCode = "404",
            description = "No such course",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<EpisodeView> episodes(@PathParam("courseId") long courseId) {
        return courses.episodes(courseId);
    }

    @POST
    @Path("/{courseId}/episodes")
    @RolesAllowed(Role.INSTRUCTOR)
    @Operation(operationId = "addEpisode", summary = "Add an episode to a course")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = NewEpisode.class),
                            examples = @ExampleObject(name = "episode", value = Examples.EPISODE_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            schema = @Schema(implementation = EpisodeView.class),
                            examples = @ExampleObject(name = "episode", value = Examples.EPISODE)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields or bad JSON",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(
            responseCode = "403",
            description = "Caller is not an instructor",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such course",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "The course already has an episode with that number",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "taken", value = Examples.PROBLEM_409)))
    public Response addEpisode(
            @PathParam("courseId") long courseId, @Valid @NotNull NewEpisode request, @Context UriInfo uri) {
        EpisodeView created = courses.addEpisode(courseId, request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{courseId}/episodes/{episodeId}")
    @Operation(operationId = "getEpisode", summary = "One episode")
    @APIResponse(
            responseCode = "200",
            description = "The episode",
            content =
                    @Content(
                            schema = @Schema(implementation = EpisodeView.class),
                            examples = @ExampleObject(name = "episode", value = Examples.EPISODE)))
    @APIResponse(
            responseCode = "404",
            description = "No such course or episode",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public EpisodeView episode(@PathParam("courseId") long courseId, @PathParam("episodeId") long episodeId) {
        return courses.episode(courseId, episodeId);
    }
}
