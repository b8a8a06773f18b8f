package io.fieldguide.course.favorites;

import io.fieldguide.course.catalog.Course;
import io.fieldguide.migration.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** A user's own favorite courses; every query is scoped to the owner. */
@ApplicationScoped
@Transactional
public class FavoriteService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FavoriteView> favorites(UUID owner) {
        return Favorite.getEntityManager()
                .createQuery(
                        "select new io.fieldguide.course.favorites.FavoriteView(c.id, c.title, f.createdAt)"
                                + " from Favorite f join Course c on c.id = f.key.courseId"
                                + " where f.key.userId = :owner order by f.createdAt desc, c.id",
                        FavoriteView.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    /** Idempotent: marking a favorite twice keeps the first time it was marked. */
    public FavoriteView add(UUID owner, long courseId) {
        Course course = Course.<Course>findByIdOptional(courseId)
                .orElseThrow(() -> new NotFoundProblem("No course " + courseId));
        Favorite.Key key = new Favorite.Key(owner, courseId);
        Favorite favorite = Favorite.findById(key);
        if (favorite == null) {
            favorite = new Favorite();
            favorite.key = key;
            favorite.persistAndFlush();
        }
        return new FavoriteView(course.id, course.title, favorite.createdAt);
    }

    /** Idempotent: removing a course that is not a favorite changes nothing. */
    public void remove(UUID owner, long courseId) {
        Favorite.deleteById(new Favorite.Key(owner, courseId));
    }
}
