package io.fieldguide.course.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire types of courses and episodes, and their mapping from the entities. */
public final class CourseViews {

    private CourseViews() {}

    public record NewCourse(
            @Schema(examples = "PostgreSQL migrations") @NotBlank @Size(max = 200) String title,
            @Schema(examples = "Schema changes without downtime") @Size(max = 5000) String description) {}

    public record CourseView(Long id, String title, String description, Instant createdAt) {

        static CourseView of(Course course) {
            return new CourseView(course.id, course.title, course.description, course.createdAt);
        }
    }

    public record NewEpisode(
            @Schema(examples = "Reversible migrations") @NotBlank @Size(max = 200) String title,
            @Schema(description = "Position in the course; the next free one when omitted", examples = "1")
                    @Min(1)
                    @Max(100_000)
                    Long episodeNumber,
            @Schema(examples = "720") @Min(0) @Max(86_400) Long durationSeconds) {}

    public record EpisodeView(
            Long id, Long courseId, Long episodeNumber, String title, Long durationSeconds, Instant createdAt) {

        static EpisodeView of(Episode episode) {
            return new EpisodeView(
                    episode.id,
                    episode.courseId,
                    episode.episodeNumber,
                    episode.title,
                    episode.durationSeconds,
                    episode.createdAt);
        }
    }
}
