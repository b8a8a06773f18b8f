package io.fieldguide.migration.lint;

/**
 * One or a few related rules. The linter calls every check on every statement in script order,
 * then records the statement into the context, so a check sees the script as it stands just
 * before the statement (which tables were created, whether a lock_timeout is set, ...).
 */
interface StatementCheck {

    void check(AnalyzedStatement statement, ScriptContext context);
}
