package io.fieldguide.feeding.watermelon;

import io.fieldguide.migration.input.StorableTimestamps;
import io.fieldguide.migration.problem.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A push checked before it touches the database: every id a UUID and named once, every time
 * storable, at most {@code maxRecords} records. Created and updated records are one list, since
 * WatermelonDB's rules treat them alike (a created record that exists is an update, an updated one
 * that is missing is created).
 */
record PushPlan(List<Write> writes, List<UUID> deletes) {

    /** A created or updated record, by its client_id. */
    record Write(UUID clientId, Instant feedingTime, String foodType, String notes) {}

    static PushPlan of(PushedChanges changes, int maxRecords) {
        PushedChanges.Table table = changes.tableOrEmpty();
        int total = table.createdOrEmpty().size()
                + table.updatedOrEmpty().size()
                + table.deletedOrEmpty().size();
        if (total > maxRecords) {
            throw new InvalidRequestException(
                    AppSchema.TABLE,
                    "a push holds at most " + maxRecords + " records, this one " + total
                            + " (feeding.sync.max-watermelon-push)");
        }
        Set<UUID> seen = new HashSet<>();
        List<Write> writes = new ArrayList<>();
        addWrites(table.createdOrEmpty(), "created", seen, writes);
        addWrites(table.updatedOrEmpty(), "updated", seen, writes);
        List<UUID> deletes = new ArrayList<>();
        List<String> deleted = table.deletedOrEmpty();
        for (int i = 0; i < deleted.size(); i++) {
            deletes.add(once(deleted.get(i), field("deleted", i, null), seen));
        }
        return new PushPlan(writes, deletes);
    }

    /** Every id, sorted: the order the advisory locks are taken in, so two pushes never deadlock. */
    TreeSet<UUID> clientIds() {
        TreeSet<UUID> ids = new TreeSet<>(deletes);
        writes.forEach(write -> ids.add(write.clientId()));
        return ids;
    }

    private static void addWrites(List<PushedFeeding> records, String list, Set<UUID> seen, List<Write> writes) {
        for (int i = 0; i < records.size(); i++) {
            PushedFeeding record = records.get(i);
            UUID clientId = once(record.id(), field(list, i, "id"), seen);
            Instant feedingTime = Instant.ofEpochMilli(record.feedingTime());
            if (!StorableTimestamps.storable(feedingTime)) {
                throw new InvalidRequestException(
                        field(list, i, "feeding_time"),
                        "feeding_time " + StorableTimestamps.RULE + " (epoch milliseconds)");
            }
            writes.add(new Write(clientId, feedingTime, record.foodType(), record.notes()));
        }
    }

    private static UUID once(String id, String field, Set<UUID> seen) {
        UUID clientId;
        try {
            clientId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    field,
                    "ids are the records' client_id, a UUID (set WatermelonDB's id generator), not '" + id + "'");
        }
        if (!clientId.toString().equals(id)) {
            // Pulls answer the canonical form; any other spelling would come back as a second record.
            throw new InvalidRequestException(
                    field, "ids must be UUIDs in their canonical lower-case form, not '" + id + "'");
        }
        if (!seen.add(clientId)) {
            throw new InvalidRequestException(field, "id " + id + " appears more than once in this push");
        }
        return clientId;
    }

    private static String field(String list, int index, String member) {
        return AppSchema.TABLE + "." + list + "[" + index + "]" + (member == null ? "" : "." + member);
    }
}
