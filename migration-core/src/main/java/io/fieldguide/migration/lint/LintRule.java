package io.fieldguide.migration.lint;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lint rules. Each id is stable: it appears in reports and in {@code lint:allow} markers, so
 * renaming one breaks every marker that names it. docs/lint-rules.md has one section per rule.
 */
public enum LintRule {
    REQUIRE_CONCURRENT_INDEX_CREATION("require-concurrent-index-creation"),
    REQUIRE_CONCURRENT_INDEX_DELETION("require-concurrent-index-deletion"),
    BAN_CONCURRENT_INDEX_IN_TRANSACTION("ban-concurrent-index-in-transaction"),
    REQUIRE_CONCURRENT_REINDEX("require-concurrent-reindex"),
    REQUIRE_CONCURRENT_PARTITION_DETACH("require-concurrent-partition-detach"),
    PREFER_REPACK("prefer-repack"),
    ADDING_NOT_NULLABLE_FIELD("adding-not-nullable-field"),
    ADDING_REQUIRED_FIELD("adding-required-field"),
    ADDING_VOLATILE_DEFAULT("adding-volatile-default"),
    CONSTRAINT_MISSING_NOT_VALID("constraint-missing-not-valid"),
    DISALLOWED_UNIQUE_CONSTRAINT("disallowed-unique-constraint"),
    CHANGING_COLUMN_TYPE("changing-column-type"),
    RENAMING_COLUMN("renaming-column"),
    RENAMING_TABLE("renaming-table"),
    BAN_DROP_COLUMN("ban-drop-column"),
    BAN_DROP_TABLE("ban-drop-table"),
    BAN_DROP_NOT_NULL("ban-drop-not-null"),
    BAN_DROP_DATABASE("ban-drop-database"),
    BAN_TRUNCATE_CASCADE("ban-truncate-cascade"),
    BAN_DUPLICATE_COLUMN_ASSIGNMENTS("ban-duplicate-column-assignments"),
    BAN_CREATE_DOMAIN_WITH_CONSTRAINT("ban-create-domain-with-constraint"),
    BAN_ALTER_DOMAIN_WITH_ADD_CONSTRAINT("ban-alter-domain-with-add-constraint"),
    REQUIRE_ENUM_VALUE_ORDERING("require-enum-value-ordering"),
    REQUIRE_LOCK_TIMEOUT("require-lock-timeout"),
    TRANSACTION_NESTING("transaction-nesting"),
    PREFER_ROBUST_STMTS("prefer-robust-stmts"),
    PREFER_TIMESTAMPTZ("prefer-timestamptz"),
    PREFER_BIGINT_OVER_INT("prefer-bigint-over-int"),
    PREFER_IDENTITY("prefer-identity"),
    PREFER_TEXT_FIELD("prefer-text-field"),
    BAN_CHAR_FIELD("ban-char-field"),
    IDENTIFIER_TOO_LONG("identifier-too-long"),
    /** A {@code lint:allow} marker without a reason, naming an unknown rule, or attached to no statement. */
    INVALID_ALLOW_MARKER("invalid-allow-marker"),
    /** A valid {@code lint:allow} marker naming a rule that reports nothing where the marker applies. */
    UNUSED_ALLOW_MARKER("unused-allow-marker");

    private final String id;

    LintRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The rules about the markers themselves, which no marker can allow. */
    public boolean isAboutMarkers() {
        return this == INVALID_ALLOW_MARKER || this == UNUSED_ALLOW_MARKER;
    }

    public static Optional<LintRule> fromId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
