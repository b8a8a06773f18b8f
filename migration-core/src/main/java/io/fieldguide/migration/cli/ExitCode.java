package io.fieldguide.migration.cli;

/** The CLI's exit codes. */
public final class ExitCode {

    /** The command did what it was asked. */
    public static final int OK = 0;

    /** The operation failed or was refused, validation found differences, or the lint found problems. */
    public static final int FAILED = 1;

    /** The command line was wrong: unknown command or option, missing or bad value, unknown target. */
    public static final int USAGE = 2;

    private ExitCode() {}
}
