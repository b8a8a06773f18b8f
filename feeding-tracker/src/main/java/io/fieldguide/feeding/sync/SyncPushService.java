package io.fieldguide.feeding.sync;

import io.fieldguide.feeding.records.FeedingContent;
import io.fieldguide.feeding.records.FeedingMapper;
import io.fieldguide.feeding.records.FeedingRecord;
import io.fieldguide.feeding.records.FeedingRecordRepository;
import io.fieldguide.feeding.schema.FeedingCatalog;
import io.fieldguide.migration.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies a push in one transaction. The conflict rule: a change is applied only if it was made on
 * the version the server has ({@code base_version}); a change the server already has is reported
 * unchanged (so a repeated push writes nothing); anything else is a conflict reported with the
 * server's copy and not applied; a deleted record stays deleted, also once its tombstone is purged
 * (an upsert with a {@code base_version} for a client_id the server no longer has is a conflict
 * {@code deleted} without a server copy).
 */
@ApplicationScoped
public class SyncPushService {

    private final FeedingRecordRepository repository;
    private final FeedingCatalog catalog;

    SyncPushService(FeedingRecordRepository repository, FeedingCatalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    @Transactional
    public PushResponse push(PushRequest request) {
        catalog.requireSync("sync");
        TreeSet<UUID> clientIds = distinctClientIds(request);
        clientIds.forEach(repository::lockClientIdKey);
        Map<UUID, FeedingRecord> existing = (clientIds.isEmpty()
                        ? List.<FeedingRecord>of()
                        : repository.lockByClientIds(clientIds))
                .stream().collect(Collectors.toMap(record -> record.clientId, Function.identity()));
        Map<FeedingRecord, String> written = new LinkedHashMap<>();
        List<UUID> unchanged = new ArrayList<>();
        List<PushResponse.Conflict> conflicts = new ArrayList<>();
        for (PushRequest.Upsert upsert : request.upsertsOrEmpty()) {
            FeedingRecord record = existing.get(upsert.clientId());
            FeedingContent content = FeedingContent.of(upsert.feedingTime(), upsert.foodType(), upsert.notes());
            if (record == null && upsert.baseVersion() != null) {
                // The client had a server version of it, so the server had it: it was deleted and its
                // tombstone purged since. Recreating it would revive a deleted record.
                conflicts.add(new PushResponse.Conflict(upsert.clientId(), "deleted", upsert.baseVersion(), null));
            } else if (record == null) {
                FeedingRecord created = new FeedingRecord();
                created.clientId = upsert.clientId();
                content.applyTo(created);
                repository.persist(created);
                written.put(created, "created");
            } else if (record.isDeleted()) {
                conflicts.add(conflict(upsert.clientId(), "deleted", upsert.baseVersion(), record));
            } else if (content.sameAs(record)) {
                unchanged.add(upsert.clientId());
            } else if (record.version.equals(upsert.baseVersion())) {
                content.applyTo(record);
                written.put(record, "updated");
            } else {
                String reason = upsert.baseVersion() == null ? "already_exists" : "stale_version";
                conflicts.add(conflict(upsert.clientId(), reason, upsert.baseVersion(), record));
            }
        }
        for (PushRequest.Delete delete : request.deletesOrEmpty()) {
            FeedingRecord record = existing.get(delete.clientId());
            if (record == null || record.isDeleted()) {
                unchanged.add(delete.clientId());
            } else if (delete.baseVersion() == null || record.version.equals(delete.baseVersion())) {
                record.deletedAt = Instant.now();
                written.put(record, "deleted");
            } else {
                conflicts.add(conflict(delete.clientId(), "stale_version", delete.baseVersion(), record));
            }
        }
        repository.flush();
        List<PushResponse.Applied> applied = written.entrySet().stream()
                .map(entry ->
                        new PushResponse.Applied(entry.getKey().clientId, entry.getValue(), entry.getKey().version))
                .toList();
        return new PushResponse(applied, unchanged, conflicts);
    }

    /** Each client_id at most once per push: the order of two changes to one record would be a guess. */
    private static TreeSet<UUID> distinctClientIds(PushRequest request) {
        TreeSet<UUID> seen = new TreeSet<>();
        List<PushRequest.Upsert> upserts = request.upsertsOrEmpty();
        for (int i = 0; i < upserts.size(); i++) {
            if (!seen.add(upserts.get(i).clientId())) {
                throw duplicate("upserts[" + i + "].client_id", upserts.get(i).clientId());
            }
        }
        List<PushRequest.Delete> deletes = request.deletesOrEmpty();
        for (int i = 0; i < deletes.size(); i++) {
            if (!seen.add(deletes.get(i).clientId())) {
                throw duplicate("deletes[" + i + "].client_id", deletes.get(i).clientId());
            }
        }
        return seen;
    }

    private static InvalidRequestException duplicate(String field, UUID clientId) {
        return new InvalidRequestException(field, "client_id " + clientId + " appears more than once in this push");
    }

    private static PushResponse.Conflict conflict(
            UUID clientId, String reason, Long baseVersion, FeedingRecord record) {
        return new PushResponse.Conflict(clientId, reason, baseVersion, FeedingMapper.view(record));
    }
}
