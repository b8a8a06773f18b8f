package io.fieldguide.migration.javamigration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A deliberate exception to a lint rule for a whole Java migration, the {@code -- lint:allow <rule>
 * <reason>} header of a script. An annotation rather than a comment in the SQL, so that allowing a
 * rule does not change the migration's checksum. Like the comment, it is itself reported when the
 * rule finds nothing to allow.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(LintAllow.List.class)
public @interface LintAllow {

    /** The rule's id, e.g. {@code prefer-text-field}. */
    String rule();

    /** Why the exception is right here. */
    String reason();

    /** Whether it allows the rule in the migration's down rather than in its up. */
    boolean down() default false;

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        LintAllow[] value();
    }
}
