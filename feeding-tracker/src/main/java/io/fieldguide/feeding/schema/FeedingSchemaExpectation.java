package io.fieldguide.feeding.schema;

import io.fieldguide.migration.validation.SchemaExpectation;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The schema once every migration ran, checked by {@code GET /api/migrations/validate}. */
public class FeedingSchemaExpectation {

    @Produces
    @Singleton
    SchemaExpectation feedingSchema() {
        return SchemaExpectation.schema("public")
                .table("feeding_records", t -> t.column("id", "bigint", false)
                        .column("feeding_time", "timestamptz", false)
                        .column("food_type", "text", true)
                        .column("notes", "text", true)
                        .column("created_at", "timestamptz", true)
                        .column("updated_at", "timestamptz", true)
                        .column("client_id", "uuid", true)
                        .column("version", "bigint", false)
                        .column("change_xid", "xid8", false)
                        .column("created_xid", "xid8", false)
                        .column("deleted_at", "timestamptz", true)
                        .uniqueIndex("idx_feeding_records_client_id")
                        .index("idx_feeding_records_updated_at")
                        .index("idx_feeding_records_feeding_time")
                        .index("idx_feeding_records_change"))
                .table("feeding_sync_purge", t -> t.column("id", "bigint", false)
                        .column("purged_through_xid", "xid8", false)
                        .column("purged_through_id", "bigint", false)
                        .column("purged_at", "timestamptz", false))
                .trigger("feeding_records", "feeding_records_track_change")
                .function("feeding_records_track_change")
                .build();
    }
}
