package io.fieldguide.migration.lint;

/**
 * SQL a migration will run that is not a script file: a Java migration's planned up or down. It is
 * linted with the module's scripts, in version order, under a name such as
 * {@code V3__add_last_login.java} (a {@code U} name for a down, where drops are allowed).
 */
public record PlannedScript(String name, String sql) {}
