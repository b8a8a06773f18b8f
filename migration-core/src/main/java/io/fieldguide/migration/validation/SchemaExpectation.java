package io.fieldguide.migration.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a service's schema must contain, declared in code next to the migrations that build it, and
 * checked by the core against the live catalog. A service exposes one as a CDI bean:
 *
 * <pre>{@code
 * @Produces
 * SchemaExpectation expected() {
 *     return SchemaExpectation.schema("public")
 *             .table("feeding_records", t -> t.column("id", "integer", false).uniqueIndex("idx_feeding_records_client_id"))
 *             .build();
 * }
 * }</pre>
 */
public record SchemaExpectation(
        String schema,
        Map<String, TableSpec> tables,
        Map<String, List<String>> enumTypes,
        List<String> views,
        List<TriggerSpec> triggers,
        List<String> functions) {

    public static Builder schema(String schema) {
        return new Builder(schema);
    }

    public record TableSpec(
            String name, List<ColumnSpec> columns, List<IndexSpec> indexes, List<ConstraintSpec> constraints) {}

    public record ColumnSpec(String name, String type, boolean nullable) {}

    public record IndexSpec(String name, boolean unique) {}

    /** A unique or foreign-key constraint; {@code references} is the referenced table for a foreign key. */
    public record ConstraintSpec(String name, ConstraintType type, String references) {}

    public record TriggerSpec(String table, String name) {}

    public enum ConstraintType {
        UNIQUE,
        FOREIGN_KEY
    }

    public static final class Builder {
        private final String schema;
        private final Map<String, TableSpec> tables = new LinkedHashMap<>();
        private final Map<String, List<String>> enumTypes = new LinkedHashMap<>();
        private final List<String> views = new ArrayList<>();
        private final List<TriggerSpec> triggers = new ArrayList<>();
        private final List<String> functions = new ArrayList<>();

        private Builder(String schema) {
            this.schema = schema;
        }

        public Builder table(String name, Consumer<TableBuilder> spec) {
            TableBuilder table = new TableBuilder(name);
            spec.accept(table);
            tables.put(name, table.build());
            return this;
        }

        public Builder enumType(String name, String... values) {
            enumTypes.put(name, List.of(values));
            return this;
        }

        public Builder view(String name) {
            views.add(name);
            return this;
        }

        public Builder trigger(String table, String name) {
            triggers.add(new TriggerSpec(table, name));
            return this;
        }

        public Builder function(String name) {
            functions.add(name);
            return this;
        }

        public SchemaExpectation build() {
            return new SchemaExpectation(
                    schema,
                    Map.copyOf(tables),
                    Map.copyOf(enumTypes),
                    List.copyOf(views),
                    List.copyOf(triggers),
                    List.copyOf(functions));
        }
    }

    public static final class TableBuilder {
        private final String name;
        private final List<ColumnSpec> columns = new ArrayList<>();
        private final List<IndexSpec> indexes = new ArrayList<>();
        private final List<ConstraintSpec> constraints = new ArrayList<>();

        private TableBuilder(String name) {
            this.name = name;
        }

        public TableBuilder column(String column, String type, boolean nullable) {
            columns.add(new ColumnSpec(column, type, nullable));
            return this;
        }

        public TableBuilder index(String index) {
            indexes.add(new IndexSpec(index, false));
            return this;
        }

        public TableBuilder uniqueIndex(String index) {
            indexes.add(new IndexSpec(index, true));
            return this;
        }

        public TableBuilder unique(String constraint) {
            constraints.add(new ConstraintSpec(constraint, ConstraintType.UNIQUE, null));
            return this;
        }

        public TableBuilder foreignKey(String constraint, String referencedTable) {
            constraints.add(new ConstraintSpec(constraint, ConstraintType.FOREIGN_KEY, referencedTable));
            return this;
        }

        private TableSpec build() {
            return new TableSpec(name, List.copyOf(columns), List.copyOf(indexes), List.copyOf(constraints));
        }
    }
}
