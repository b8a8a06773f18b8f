package io.fieldguide.course.catalog;

import io.fieldguide.course.catalog.CourseViews.CourseView;
import io.fieldguide.course.catalog.CourseViews.EpisodeView;
import io.fieldguide.course.catalog.CourseViews.NewCourse;
import io.fieldguide.course.catalog.CourseViews.NewEpisode;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
@Transactional
public class CourseService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseView> courses() {
        return Course.<Course>listAll(Sort.by("id")).stream()
                .map(CourseView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseView course(long id) {
        return CourseView.of(find(id));
    }

    public CourseView create(NewCourse request) {
        Course course = new Course();
        course.title = request.title().strip();
        course.description = request.description();
        course.persist();
        return CourseView.of(course);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EpisodeView> episodes(long courseId) {
        find(courseId);
        return Episode.<Episode>list("courseId", Sort.by("episodeNumber"), courseId).stream()
                .map(EpisodeView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EpisodeView episode(long courseId, long episodeId) {
        return Episode.<Episode>find("id = ?1 and courseId = ?2", episodeId, courseId)
                .firstResultOptional()
                .map(EpisodeView::of)
                .orElseThrow(
                        () -> new ResourceNotFoundException("Course " + courseId + " has no episode " + episodeId));
    }

    /** Numbers are unique per course; the course row is locked so two concurrent adds cannot pick the same one. */
    public EpisodeView addEpisode(long courseId, NewEpisode request) {
        Course course = Course.<Course>findByIdOptional(courseId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> noCourse(courseId));
        long number = request.episodeNumber() != null ? request.episodeNumber() : nextNumber(course.id);
        if (Episode.count("courseId = ?1 and episodeNumber = ?2", course.id, number) > 0) {
            throw new RefusedException("episodeNumber", "Course " + course.id + " already has an episode " + number);
        }
        Episode episode = new Episode();
        episode.courseId = course.id;
        episode.episodeNumber = number;
        episode.title = request.title().strip();
        episode.durationSeconds = request.durationSeconds();
        episode.persist();
        return EpisodeView.of(episode);
    }

    private static long nextNumber(long courseId) {
        Long highest = Episode.getEntityManager()
                .createQuery("select max(e.episodeNumber) from Episode e where e.courseId = :course", Long.class)
                .setParameter("course", courseId)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    private static Course find(long id) {
        return Course.<Course>findByIdOptional(id).orElseThrow(() -> noCourse(id));
    }

    private static ResourceNotFoundException noCourse(long id) {
        return new ResourceNotFoundException("No course " + id);
    }
}
