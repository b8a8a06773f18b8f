package io.fieldguide.migration.javamigration;

/** A column and its SQL definition, e.g. {@code column("theme", "text NOT NULL DEFAULT 'light'")}. */
public record Column(String name, String definition) {

    String sql() {
        return name + " " + definition;
    }
}
