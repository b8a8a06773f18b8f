package io.fieldguide.course.notes;

import io.fieldguide.course.catalog.Episode;
import io.fieldguide.course.notes.NoteViews.NewNote;
import io.fieldguide.course.notes.NoteViews.NoteUpdate;
import io.fieldguide.course.notes.NoteViews.NoteView;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * A user's own notes. Every query is scoped to the owner, so another user's note is indistinguishable
 * from a missing one: both are a 404, and the existence of other users' notes never leaks.
 */
@ApplicationScoped
@Transactional
public class NoteService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoteView> notes(UUID owner, Long episodeId) {
        List<EpisodeNote> notes = episodeId == null
                ? EpisodeNote.list("userId", Sort.descending("updatedAt", "id"), owner)
                : EpisodeNote.list(
                        "userId = ?1 and episodeId = ?2", Sort.descending("updatedAt", "id"), owner, episodeId);
        return notes.stream().map(NoteView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoteView note(UUID owner, long id) {
        return NoteView.of(owned(owner, id));
    }

    public NoteView create(UUID owner, NewNote request) {
        if (Episode.findById(request.episodeId()) == null) {
            throw new InvalidRequestException("episodeId", "No episode " + request.episodeId());
        }
        EpisodeNote note = new EpisodeNote();
        note.userId = owner;
        note.episodeId = request.episodeId();
        note.content = request.content();
        note.persist();
        return NoteView.of(note);
    }

    public NoteView update(UUID owner, long id, NoteUpdate request) {
        EpisodeNote note = owned(owner, id);
        note.content = request.content();
        EpisodeNote.getEntityManager().flush(); // sets updated_at now, for the answer
        return NoteView.of(note);
    }

    public void delete(UUID owner, long id) {
        owned(owner, id).delete();
    }

    private static EpisodeNote owned(UUID owner, long id) {
        return EpisodeNote.<EpisodeNote>find("id = ?1 and userId = ?2", id, owner)
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("No note " + id));
    }
}
