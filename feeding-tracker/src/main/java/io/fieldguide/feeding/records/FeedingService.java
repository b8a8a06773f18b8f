package io.fieldguide.feeding.records;

import io.fieldguide.feeding.schema.FeedingCatalog;
import io.fieldguide.feeding.schema.SchemaLevel;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The feeding API's transactions. On the sync schema it works through Hibernate; on an older
 * schema the list and create fall back to {@link LegacyFeedings} and the rest is refused (409).
 */
@ApplicationScoped
public class FeedingService {

    private final FeedingRecordRepository repository;
    private final LegacyFeedings legacy;
    private final FeedingCatalog catalog;

    FeedingService(FeedingRecordRepository repository, LegacyFeedings legacy, FeedingCatalog catalog) {
        this.repository = repository;
        this.legacy = legacy;
        this.catalog = catalog;
    }

    /** A create's outcome: {@code created} is false when the client_id already named this record. */
    public record Created(FeedingView record, boolean created) {}

    @Transactional
    public FeedingPage list(int page, int size) {
        SchemaLevel level = catalog.level();
        if (level == SchemaLevel.SYNC) {
            return new FeedingPage(
                    true,
                    repository.livePage(page, size).stream()
                            .map(FeedingMapper::view)
                            .toList(),
                    page,
                    size,
                    repository.countLive());
        }
        if (level == SchemaLevel.NONE) {
            throw FeedingCatalog.notMigrated("listing feedings", level);
        }
        return legacy.list(page, size, level.hasClientId());
    }

    @Transactional
    public Created create(FeedingInput input) {
        FeedingContent content = FeedingContent.of(input.feedingTime(), input.foodType(), input.notes());
        SchemaLevel level = catalog.level();
        if (level != SchemaLevel.SYNC) {
            if (level == SchemaLevel.NONE || input.clientId() != null) {
                throw FeedingCatalog.notMigrated("a record with a client_id", level);
            }
            return new Created(legacy.insert(content, level.hasClientId()), true);
        }
        UUID clientId = input.clientId() != null ? input.clientId() : UUID.randomUUID();
        repository.lockClientIdKey(clientId);
        Optional<FeedingRecord> existing = repository.lockByClientId(clientId);
        if (existing.isPresent()) {
            return new Created(sameCreateAgain(existing.get(), content), false);
        }
        FeedingRecord record = new FeedingRecord();
        record.clientId = clientId;
        content.applyTo(record);
        repository.persistAndFlush(record);
        return new Created(FeedingMapper.view(record), true);
    }

    @Transactional
    public FeedingView update(RecordKey key, FeedingUpdate update) {
        catalog.requireSync("updating a feeding");
        FeedingRecord record = (key.id() != null
                        ? repository.lockById(key.id())
                        : repository.lockByClientId(key.clientId()))
                .filter(found -> !found.isDeleted())
                .orElseThrow(() -> new ResourceNotFoundException("No feeding record with " + key));
        if (update.baseVersion() != null && !update.baseVersion().equals(record.version)) {
            throw new VersionConflictException(
                    "The record is at version " + record.version + ", not " + update.baseVersion()
                            + "; merge with the server's copy and send it again",
                    FeedingMapper.view(record));
        }
        FeedingContent content = FeedingContent.of(update.feedingTime(), update.foodType(), update.notes());
        if (!content.sameAs(record)) {
            content.applyTo(record);
            repository.flush();
        }
        return FeedingMapper.view(record);
    }

    /** Deletes by client_id, leaving a tombstone for sync; deleting a deleted record again is a no-op. */
    @Transactional
    public void delete(UUID clientId) {
        catalog.requireSync("deleting a feeding");
        FeedingRecord record = repository
                .lockByClientId(clientId)
                .orElseThrow(() -> new ResourceNotFoundException("No feeding record with client_id " + clientId));
        if (!record.isDeleted()) {
            record.deletedAt = Instant.now();
            repository.flush();
        }
    }

    private static FeedingView sameCreateAgain(FeedingRecord existing, FeedingContent content) {
        if (existing.isDeleted()) {
            throw new RefusedException(
                    existing.clientId.toString(),
                    "The record with client_id " + existing.clientId + " was deleted; a deleted record is not revived");
        }
        if (!content.sameAs(existing)) {
            throw new VersionConflictException(
                    "A different record with client_id " + existing.clientId
                            + " exists; change it with PUT /api/feedings/" + existing.clientId,
                    FeedingMapper.view(existing));
        }
        return FeedingMapper.view(existing);
    }
}
