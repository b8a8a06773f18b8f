package io.fieldguide.lots.schema;

import io.fieldguide.migration.validation.SchemaExpectation;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The guide's post-migration integrity checks (foreign keys, unique constraints, enum values) and
 * the indexes it asks for, as the core's schema validation: {@code GET /api/migrations/validate}
 * reports what is missing, different, not validated, or an index left invalid by a failed
 * concurrent build. Columns are not listed; the migration test checks them.
 */
public class LotSchemaExpectation {

    @Produces
    @Singleton
    SchemaExpectation lotSchema() {
        return SchemaExpectation.schema("public")
                .enumType(
                        "ingredient_type",
                        "FLOUR",
                        "SUGAR",
                        "FAT",
                        "DAIRY",
                        "EGGS",
                        "YEAST",
                        "SALT",
                        "FLAVORING",
                        "INCLUSION",
                        "PACKAGING",
                        "INTERMEDIATE",
                        "FINISHED_PRODUCT",
                        "OTHER")
                .enumType("batch_status", "PLANNED", "IN_PROGRESS", "COMPLETED", "CANCELLED")
                .enumType("quality_status", "PENDING", "PASSED", "FAILED", "ON_HOLD")
                .enumType("lot_status", "AVAILABLE", "IN_USE", "DEPLETED", "EXPIRED")
                .enumType("pallet_status", "PACKED", "IN_STORAGE", "SHIPPED")
                .enumType("audit_action", "INSERT", "UPDATE", "DELETE")
                .enumType("tracking_event_type", "RECEIVING", "TRANSFORMATION", "SHIPPING")
                .table("recipes", t -> t.foreignKey("recipes_output_ingredient_fk", "ingredients"))
                .table("production_runs", t -> t.unique("production_runs_batch_number_key")
                        .foreignKey("production_runs_recipe_fk", "recipes")
                        .foreignKey("production_runs_output_ingredient_fk", "ingredients")
                        .index("idx_production_runs_date_range")
                        .index("idx_production_runs_status_quality"))
                .table("pallets", t -> t.unique("pallets_pallet_number_key")
                        .foreignKey("pallets_production_run_id_fkey", "production_runs")
                        .foreignKey("pallets_lot_fk", "ingredient_lots")
                        .foreignKey("pallets_shipment_fk", "shipments")
                        .index("idx_pallets_status_location")
                        .index("idx_pallets_lot")
                        .index("idx_pallets_shipment"))
                .table("ingredients", t -> t.unique("ingredients_name_key"))
                .table("ingredient_lots", t -> t.unique("ingredient_lots_lot_code_key")
                        .foreignKey("ingredient_lots_ingredient_id_fkey", "ingredients")
                        .foreignKey("ingredient_lots_production_run_id_fkey", "production_runs")
                        .index("idx_ingredient_lots_supplier")
                        .index("idx_ingredient_lots_status_quality")
                        .index("idx_ingredient_lots_ingredient")
                        .index("idx_ingredient_lots_production_run"))
                .table("batch_ingredients", t -> t.foreignKey(
                                "batch_ingredients_production_run_id_fkey", "production_runs")
                        .foreignKey("batch_ingredients_ingredient_lot_id_fkey", "ingredient_lots")
                        .index("idx_batch_ingredients_traceability")
                        .index("idx_batch_ingredients_lot"))
                .table("audit_log", t -> t.index("idx_audit_log_record"))
                .table(
                        "legacy_ingredient_imports",
                        t -> t.foreignKey("legacy_ingredient_imports_ingredient_id_fkey", "ingredients"))
                .table("lot_scraps", t -> t.foreignKey("lot_scraps_lot_id_fkey", "ingredient_lots")
                        .index("idx_lot_scraps_lot"))
                .table("lot_migration_original_values", t -> {})
                .table("quality_holds", t -> t.foreignKey("quality_holds_lot_id_fkey", "ingredient_lots")
                        .foreignKey("quality_holds_production_run_id_fkey", "production_runs")
                        .index("idx_quality_holds_active_lot")
                        .index("idx_quality_holds_active_run"))
                .table("shipments", t -> t.unique("shipments_shipment_number_key"))
                .table("tracking_events", t -> t.foreignKey("tracking_events_lot_id_fkey", "ingredient_lots")
                        .foreignKey("tracking_events_production_run_id_fkey", "production_runs")
                        .foreignKey("tracking_events_pallet_id_fkey", "pallets")
                        .foreignKey("tracking_events_shipment_id_fkey", "shipments")
                        .index("idx_tracking_events_lot")
                        .index("idx_tracking_events_run")
                        .index("idx_tracking_events_shipment"))
                .table("tracking_event_inputs", t -> t.foreignKey(
                                "tracking_event_inputs_event_id_fkey", "tracking_events")
                        .foreignKey("tracking_event_inputs_lot_id_fkey", "ingredient_lots")
                        .index("idx_tracking_event_inputs_lot"))
                .trigger("ingredient_lots", "ingredient_lots_audit")
                .trigger("production_runs", "production_runs_audit")
                .trigger("pallets", "pallets_audit")
                .trigger("batch_ingredients", "batch_ingredients_audit")
                .trigger("quality_holds", "quality_holds_audit")
                .trigger("shipments", "shipments_audit")
                .trigger("lot_scraps", "lot_scraps_audit")
                .trigger("audit_log", "audit_log_no_update_or_delete")
                .trigger("audit_log", "audit_log_no_truncate")
                .function("audit_row_change")
                .function("audit_log_is_append_only")
                .build();
    }
}
