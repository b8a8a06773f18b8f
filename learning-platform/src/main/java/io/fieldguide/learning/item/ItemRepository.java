package io.fieldguide.learning.item;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Panache repository of {@link Item}. */
@ApplicationScoped
public class ItemRepository implements PanacheRepository<Item> {

    /** The item, locked until the transaction ends (always after its learner: see PracticeService). */
    public Optional<Item> lockById(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
