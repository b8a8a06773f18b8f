package io.fieldguide.migration.lint;

import java.util.List;

/** A script split into statements, with every comment kept apart for the allow-marker lookup. */
public record SqlScript(List<SqlStatement> statements, List<SqlComment> comments) {

    public SqlScript {
        statements = List.copyOf(statements);
        comments = List.copyOf(comments);
    }
}
