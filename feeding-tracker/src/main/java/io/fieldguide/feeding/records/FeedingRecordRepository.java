package io.fieldguide.feeding.records;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Panache repository of {@link FeedingRecord} (this module uses the repository pattern throughout). */
@ApplicationScoped
public class FeedingRecordRepository implements PanacheRepository<FeedingRecord> {

    private static final Sort NEWEST_FIRST = Sort.descending("feedingTime").and("id", Sort.Direction.Descending);

    public List<FeedingRecord> livePage(int page, int size) {
        return find("deletedAt is null", NEWEST_FIRST).page(Page.of(page, size)).list();
    }

    public long countLive() {
        return count("deletedAt is null");
    }

    public Optional<FeedingRecord> lockByClientId(UUID clientId) {
        return find("clientId", clientId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public Optional<FeedingRecord> lockById(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<FeedingRecord> lockByClientIds(Collection<UUID> clientIds) {
        return find("clientId in ?1", clientIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /**
     * Serialises writers that create the same client_id (two pushes of one offline batch at once),
     * until the transaction ends: the second then finds the first's row instead of failing on the
     * unique index. Callers lock several ids in sorted order, so two batches cannot deadlock.
     */
    public void lockClientIdKey(UUID clientId) {
        getEntityManager()
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) locked")
                .setParameter(1, clientId.getMostSignificantBits() ^ clientId.getLeastSignificantBits())
                .getSingleResult();
    }
}
