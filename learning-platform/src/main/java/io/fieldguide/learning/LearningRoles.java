package io.fieldguide.learning;

/** The roles this service's tokens carry beside the core's migration-admin. */
public final class LearningRoles {

    /** Registers learners and adds items; a learner's token has no role, only its email as subject. */
    public static final String INSTRUCTOR = "instructor";

    private LearningRoles() {}
}
