package io.fieldguide.migration.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Static checks for PostgreSQL Flyway migration scripts, on the model of squawk and
 * strong_migrations: statements that take long or strong locks on tables in use, rewrite them,
 * break running code, or fail under Flyway. See docs/lint-rules.md for every rule.
 *
 * <p>Thread-safe and cheap to create; it keeps no state between calls.
 */
public final class MigrationLinter {

    /** Flyway's default undo prefix {@code U} followed by a version. */
    private static final Pattern UNDO_SCRIPT = Pattern.compile("U\\d.*");

    private static final List<StatementCheck> CHECKS = List.of(
            new TransactionChecks(),
            new IndexChecks(),
            new AlterTableChecks(),
            new BreakingChangeChecks(),
            new DataLossChecks(),
            new BlockingCommandChecks(),
            new CustomTypeChecks(),
            new DuplicateAssignmentCheck(),
            new LockTimeoutCheck(),
            new ColumnTypeChecks(),
            new IdentifierLengthCheck());

    private static final Comparator<LintFinding> REPORT_ORDER = Comparator.comparing(LintFinding::script)
            .thenComparingInt(LintFinding::line)
            .thenComparing(LintFinding::rule)
            .thenComparing(LintFinding::message);

    private final LintConfig config;

    public MigrationLinter() {
        this(LintConfig.defaults());
    }

    public MigrationLinter(LintConfig config) {
        this.config = config;
    }

    /**
     * One script's outcome.
     *
     * @param findings what is reported
     * @param allowed what {@code lint:allow} markers excused
     * @param notNullChecksAfter the module's NOT NULL checks as the script leaves them
     */
    record ScriptLint(List<LintFinding> findings, List<LintFinding> allowed, NotNullChecks notNullChecksAfter) {}

    /**
     * Lints one script on its own, as if no earlier script existed. {@code scriptName} is reported as
     * is; its file name decides whether it is an undo script ({@code U<version>__...}), in which
     * drops are allowed.
     */
    public List<LintFinding> lint(String scriptName, String sql) {
        return lintScript(scriptName, sql, NotNullChecks.none()).findings();
    }

    /**
     * Lints one script of a module, knowing the NOT NULL checks that the module's earlier scripts
     * left (so that a SET NOT NULL proven by a check validated in an earlier migration is accepted).
     */
    ScriptLint lintScript(String scriptName, String sql, NotNullChecks earlierChecks) {
        SqlScript script = SqlStatementSplitter.split(stripByteOrderMark(sql));
        List<AnalyzedStatement> statements = new ArrayList<>();
        for (SqlStatement statement : script.statements()) {
            statements.add(new AnalyzedStatement(statements.size(), statement, parse(statement)));
        }
        ScriptContext context =
                new ScriptContext(scriptName, isUndoScript(scriptName), config, statements, earlierChecks);
        for (AnalyzedStatement statement : statements) {
            for (StatementCheck check : CHECKS) {
                check.check(statement, context);
            }
            context.record(statement);
        }
        AllowMarkers markers = AllowMarkers.read(scriptName, script);
        List<LintFinding> findings = new ArrayList<>();
        List<LintFinding> allowed = new ArrayList<>();
        for (ScriptContext.PendingFinding pending : context.findings()) {
            LintRule rule = pending.finding().rule();
            if (!config.isEnabled(rule)) {
                continue;
            }
            (markers.allows(rule, pending.statementIndex()) ? allowed : findings).add(pending.finding());
        }
        if (config.isEnabled(LintRule.INVALID_ALLOW_MARKER)) {
            findings.addAll(markers.invalidMarkers());
        }
        if (config.isEnabled(LintRule.UNUSED_ALLOW_MARKER)) {
            findings.addAll(markers.unusedMarkers(config));
        }
        findings.sort(REPORT_ORDER);
        allowed.sort(REPORT_ORDER);
        return new ScriptLint(List.copyOf(findings), List.copyOf(allowed), context.notNullChecks());
    }

    /**
     * Lints a module's scripts in version order. Each script sees the NOT NULL checks that the V
     * scripts before it left; an undo script sees them too but passes nothing on, since the next V
     * script runs after the previous V, not after its undo.
     */
    List<ScriptLint> lintModule(List<MigrationScripts.Script> scripts) {
        NotNullChecks checks = NotNullChecks.none();
        List<ScriptLint> results = new ArrayList<>();
        for (MigrationScripts.Script script : scripts) {
            ScriptLint result = lintScript(script.name(), script.sql(), checks);
            if (!isUndoScript(script.name())) {
                checks = result.notNullChecksAfter();
            }
            results.add(result);
        }
        return results;
    }

    /**
     * Lints every {@code V*.sql} and {@code U*.sql} under the directory (recursively, as Flyway
     * scans) as one module's scripts, in version order.
     */
    public List<LintFinding> lint(Path directory) throws IOException {
        return lintAll(MigrationScripts.fromDirectory(directory));
    }

    /**
     * Lints the scripts of a classpath location such as {@code db/migration} or
     * {@code classpath:db/migration}, from directories and jars alike, using the thread's context
     * class loader.
     */
    public List<LintFinding> lintClasspath(String location) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return lintClasspath(location, loader != null ? loader : MigrationLinter.class.getClassLoader());
    }

    public List<LintFinding> lintClasspath(String location, ClassLoader classLoader) throws IOException {
        return lintAll(MigrationScripts.fromClasspath(location, classLoader));
    }

    /**
     * Lints the scripts of a classpath location together with SQL planned elsewhere (Java
     * migrations), all as one module in version order.
     */
    public List<LintFinding> lintClasspath(String location, ClassLoader classLoader, List<PlannedScript> planned)
            throws IOException {
        List<MigrationScripts.Script> scripts = new ArrayList<>(MigrationScripts.fromClasspath(location, classLoader));
        planned.forEach(script -> scripts.add(new MigrationScripts.Script(script.name(), script.sql())));
        return lintAll(MigrationScripts.inVersionOrder(scripts));
    }

    /** Whether the file name is one of the versioned or undo scripts the directory and classpath scans pick up. */
    public static boolean isMigrationScript(String fileName) {
        return MigrationScripts.isMigrationScript(fileName);
    }

    static boolean isUndoScript(String scriptName) {
        String fileName = scriptName.substring(scriptName.lastIndexOf('/') + 1);
        return UNDO_SCRIPT.matcher(fileName).matches();
    }

    private List<LintFinding> lintAll(List<MigrationScripts.Script> scripts) {
        return lintModule(scripts).stream()
                .flatMap(result -> result.findings().stream())
                .toList();
    }

    /** Never fails on odd SQL: a statement the parser trips over is treated as one it does not know. */
    private static ParsedStatement parse(SqlStatement statement) {
        try {
            return StatementParser.parse(statement);
        } catch (RuntimeException e) {
            return new ParsedStatement.Other("", false);
        }
    }

    private static String stripByteOrderMark(String sql) {
        return sql.startsWith("\uFEFF") ? sql.substring(1) : sql;
    }
}
