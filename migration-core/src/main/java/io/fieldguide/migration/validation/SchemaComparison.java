package io.fieldguide.migration.validation;

import io.fieldguide.migration.validation.SchemaExpectation.ColumnSpec;
import io.fieldguide.migration.validation.SchemaExpectation.ConstraintSpec;
import io.fieldguide.migration.validation.SchemaExpectation.ConstraintType;
import io.fieldguide.migration.validation.SchemaExpectation.IndexSpec;
import io.fieldguide.migration.validation.SchemaExpectation.TableSpec;
import io.fieldguide.migration.validation.SchemaExpectation.TriggerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares a declared {@link SchemaExpectation} with a {@link LiveCatalog}: missing, different, unexpected. */
final class SchemaComparison {

    /** Bookkeeping tables that are never the service's to declare. */
    private static final Set<String> IGNORED_TABLES = Set.of("flyway_schema_history");

    private final List<ValidationFinding> findings = new ArrayList<>();

    static List<ValidationFinding> compare(SchemaExpectation expected, LiveCatalog live) {
        SchemaComparison comparison = new SchemaComparison();
        comparison.tables(expected, live);
        comparison.enums(expected, live);
        comparison.named("view", expected.views(), live.views());
        comparison.named("function", expected.functions(), live.functions());
        for (TriggerSpec trigger : expected.triggers()) {
            if (!live.triggersByTable().getOrDefault(trigger.table(), List.of()).contains(trigger.name())) {
                comparison.findings.add(ValidationFinding.missing("trigger", trigger.table() + "." + trigger.name()));
            }
        }
        return comparison.findings;
    }

    private void tables(SchemaExpectation expected, LiveCatalog live) {
        for (TableSpec table : expected.tables().values()) {
            Map<String, LiveCatalog.Column> columns = live.columnsByTable().get(table.name());
            if (columns == null) {
                findings.add(ValidationFinding.missing("table", table.name()));
                continue;
            }
            columns(table, columns);
            indexes(table, live.indexesByTable().getOrDefault(table.name(), Map.of()));
            constraints(table, live.constraintsByTable().getOrDefault(table.name(), Map.of()));
        }
        live.columnsByTable().keySet().stream()
                .filter(name -> !expected.tables().containsKey(name) && !IGNORED_TABLES.contains(name))
                .sorted()
                .forEach(name -> findings.add(ValidationFinding.unexpected("table", name)));
    }

    private void columns(TableSpec table, Map<String, LiveCatalog.Column> live) {
        for (ColumnSpec column : table.columns()) {
            String name = table.name() + "." + column.name();
            LiveCatalog.Column actual = live.get(column.name());
            if (actual == null) {
                findings.add(ValidationFinding.missing("column", name));
                continue;
            }
            String expectedType = PostgresTypes.canonical(column.type());
            if (!expectedType.equals(actual.type())) {
                findings.add(ValidationFinding.different("column", name, expectedType, actual.type()));
            }
            if (column.nullable() != actual.nullable()) {
                findings.add(ValidationFinding.different(
                        "column", name, nullability(column.nullable()), nullability(actual.nullable())));
            }
        }
        if (!table.columns().isEmpty()) {
            live.keySet().stream()
                    .filter(name -> table.columns().stream()
                            .noneMatch(column -> column.name().equals(name)))
                    .forEach(name -> findings.add(ValidationFinding.unexpected("column", table.name() + "." + name)));
        }
    }

    private void indexes(TableSpec table, Map<String, LiveCatalog.Index> live) {
        for (IndexSpec index : table.indexes()) {
            LiveCatalog.Index actual = live.get(index.name());
            if (actual == null) {
                findings.add(ValidationFinding.missing("index", index.name()));
            } else if (!actual.valid()) {
                // A failed CREATE INDEX CONCURRENTLY leaves an invalid index that queries ignore.
                findings.add(ValidationFinding.different("index", index.name(), "valid", "invalid"));
            } else if (index.unique() != actual.unique()) {
                findings.add(ValidationFinding.different(
                        "index", index.name(), uniqueness(index.unique()), uniqueness(actual.unique())));
            }
        }
        live.entrySet().stream()
                .filter(entry -> !entry.getValue().backsConstraint())
                .filter(entry ->
                        table.indexes().stream().noneMatch(index -> index.name().equals(entry.getKey())))
                .forEach(entry -> findings.add(ValidationFinding.unexpected("index", entry.getKey())));
    }

    private void constraints(TableSpec table, Map<String, LiveCatalog.Constraint> live) {
        for (ConstraintSpec constraint : table.constraints()) {
            LiveCatalog.Constraint actual = live.get(constraint.name());
            String kind = constraint.type() == ConstraintType.UNIQUE ? "unique constraint" : "foreign key";
            char code = constraint.type() == ConstraintType.UNIQUE ? 'u' : 'f';
            if (actual == null || actual.type() != code) {
                findings.add(ValidationFinding.missing(kind, table.name() + "." + constraint.name()));
            } else if (constraint.references() != null
                    && !constraint.references().equals(actual.references())) {
                findings.add(ValidationFinding.different(
                        kind,
                        constraint.name(),
                        "references " + constraint.references(),
                        "references " + actual.references()));
            } else if (!actual.validated()) {
                findings.add(ValidationFinding.different(kind, constraint.name(), "validated", "NOT VALID"));
            }
        }
    }

    private void enums(SchemaExpectation expected, LiveCatalog live) {
        expected.enumTypes().forEach((name, values) -> {
            List<String> actual = live.enumTypes().get(name);
            if (actual == null) {
                findings.add(ValidationFinding.missing("enum", name));
            } else if (!actual.equals(values)) {
                findings.add(ValidationFinding.different("enum", name, values.toString(), actual.toString()));
            }
        });
    }

    private void named(String objectType, List<String> expected, List<String> live) {
        expected.stream()
                .filter(name -> !live.contains(name))
                .forEach(name -> findings.add(ValidationFinding.missing(objectType, name)));
    }

    private static String nullability(boolean nullable) {
        return nullable ? "nullable" : "NOT NULL";
    }

    private static String uniqueness(boolean unique) {
        return unique ? "unique" : "not unique";
    }
}
