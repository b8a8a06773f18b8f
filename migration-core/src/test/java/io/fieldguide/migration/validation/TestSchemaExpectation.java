package io.fieldguide.migration.validation;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** What the test schema holds once every migration ran, as a service would declare it. */
class TestSchemaExpectation {

    @Produces
    @Singleton
    SchemaExpectation testSchema() {
        return SchemaExpectation.schema("public")
                .table("widgets", t -> t.column("id", "bigint", false)
                        .column("name", "text", false)
                        .column("price", "numeric(10,2)", false)
                        .column("color", "text", true)
                        .index("widgets_name_idx")
                        .unique("widgets_name_key"))
                .table("gadgets", t -> t.column("id", "bigint", false)
                        .column("widget_id", "int8", false)
                        .column("label", "text", false)
                        .index("gadgets_widget_id_idx")
                        .foreignKey("gadgets_widget_id_fkey", "widgets"))
                .table("widget_audit", t -> t.column("id", "bigint", false)
                        .column("widget_id", "bigint", false)
                        .column("noted_at", "timestamptz", false))
                .table("widget_aliases", t -> t.column("widget_id", "bigint", false)
                        .column("alias", "text", false)
                        .foreignKey("widget_aliases_widget_id_fkey", "widgets"))
                .build();
    }
}
