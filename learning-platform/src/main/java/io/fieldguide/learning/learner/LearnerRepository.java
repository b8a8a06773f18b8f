package io.fieldguide.learning.learner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Panache repository of {@link Learner} (this module uses the repository pattern throughout). */
@ApplicationScoped
public class LearnerRepository implements PanacheRepositoryBase<Learner, UUID> {

    public Optional<Learner> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    /** The learner, locked until the transaction ends: attempts update the estimate one at a time. */
    public Optional<Learner> lockByEmail(String email) {
        return find("lower(email) = lower(?1)", email)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * Inserts a learner unless one with this address (in any case) exists, relying on the unique
     * index so that two concurrent registrations cannot both win. Returns the new id, if inserted.
     */
    public Optional<UUID> insertIfNew(String email, String displayName, String countryCode) {
        @SuppressWarnings("unchecked")
        var ids = getEntityManager()
                .createNativeQuery(
                        """
                        INSERT INTO users (email, display_name, country_code) VALUES (?1, ?2, ?3)
                        ON CONFLICT ((lower(email))) DO NOTHING RETURNING id""",
                        UUID.class)
                .setParameter(1, email)
                .setParameter(2, displayName)
                .setParameter(3, countryCode)
                .getResultList();
        return ids.stream().map(UUID.class::cast).findFirst();
    }
}
