package io.fieldguide.migration.lint;

import java.util.Objects;

/**
 * A possibly schema-qualified relation name, already folded as PostgreSQL folds it (unquoted names
 * lower-cased, quoted names kept).
 *
 * @param schema the schema, or null when the name relies on the search_path
 * @param name the relation name
 */
record QualifiedName(String schema, String name) {

    public QualifiedName {
        Objects.requireNonNull(name, "name");
    }

    /**
     * Whether two references may denote the same relation. A script that says
     * {@code CREATE TABLE app.orders} and then {@code ALTER TABLE orders} means one table, so an
     * unqualified side matches any schema; two explicit schemas must agree.
     */
    public boolean sameRelationAs(QualifiedName other) {
        return name.equals(other.name) && (schema == null || other.schema == null || schema.equals(other.schema));
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
