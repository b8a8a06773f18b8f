package io.fieldguide.migration.cli;

/** A command line the CLI cannot run: answered with a one-line message, the command's usage and exit 2. */
final class UsageException extends RuntimeException {

    private final String command;

    UsageException(String command, String message) {
        super(message);
        this.command = command;
    }

    /** The command whose usage to show, or null for the general usage. */
    String command() {
        return command;
    }
}
