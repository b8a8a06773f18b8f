package io.fieldguide.course.favorites;

import io.fieldguide.course.catalog.Course;
import io.fieldguide.migration.problem.ResourceNotFoundException;
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

    /**
     * Idempotent: marking a favorite twice keeps the first time it was marked. One INSERT ... ON
     * CONFLICT DO NOTHING, so parallel first marks of the same course cannot meet on the primary key.
     */
    public FavoriteView add(UUID owner, long courseId) {
        Course course = Course.<Course>findByIdOptional(courseId)
                .orElseThrow(() -> new ResourceNotFoundException("No course " + courseId));
        Favorite.getEntityManager()
                .createNativeQuery("INSERT INTO favorites (user_id, course_id) VALUES (?1, ?2)"
                        + " ON CONFLICT (user_id, course_id) DO NOTHING")
                .setParameter(1, owner)
                .setParameter(2, courseId)
                .executeUpdate();
        Favorite favorite = Favorite.findById(new Favorite.Key(owner, courseId));
        return new FavoriteView(course.id, course.title, favorite.createdAt);
    }

    /** Idempotent: removing a course that is not a favorite changes nothing. */
    public void remove(UUID owner, long courseId) {
        Favorite.deleteById(new Favorite.Key(owner, courseId));
    }
}
