package io.fieldguide.course.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire types of notes. The owner is never on the wire: it is always the caller. */
public final class NoteViews {

    private NoteViews() {}

    public record NewNote(
            @Schema(examples = "7") @NotNull @Positive Long episodeId,
            @Schema(examples = "Undo scripts run in one transaction") @NotBlank @Size(max = 10_000) String content) {}

    public record NoteUpdate(@Schema(examples = "Rewritten note") @NotBlank @Size(max = 10_000) String content) {}

    public record NoteView(Long id, Long episodeId, String content, Instant createdAt, Instant updatedAt) {

        static NoteView of(EpisodeNote note) {
            return new NoteView(note.id, note.episodeId, note.content, note.createdAt, note.updatedAt);
        }
    }
}
