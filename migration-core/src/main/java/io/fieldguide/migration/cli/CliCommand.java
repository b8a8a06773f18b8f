package io.fieldguide.migration.cli;

/** One CLI command, a CDI bean found by {@link MigrationCli}; its help text is in {@link CliUsage}. */
interface CliCommand {

    /** The word that selects it: {@code status}, {@code migrate}, ... */
    String name();

    /** The flags, options and number of positional arguments it accepts. */
    CliArguments.Syntax syntax();

    /**
     * Runs the command and returns its exit code. Service exceptions ({@code InvalidRequestException},
     * {@code RefusedException}, {@code ResourceNotFoundException}) may be thrown: the dispatcher maps them.
     */
    int run(CliArguments args, CliOutput output) throws Exception;
}
