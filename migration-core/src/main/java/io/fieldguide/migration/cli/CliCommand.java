package io.fieldguide.migration.cli;

/**
 * A command that works on the service's database, so it runs inside Quarkus: a {@code @Dependent}
 * CDI bean whose services are {@code @Inject} fields. Fields, not a constructor, because picocli
 * also builds every command before Quarkus starts (to answer help without a database), with the
 * no-argument constructor; inside Quarkus {@link CommandBeans} takes the commands from CDI.
 *
 * <p>{@link #call()} returns the exit code; service exceptions ({@code InvalidRequestException},
 * {@code RefusedException}, {@code ResourceNotFoundException}) may be thrown: {@link MigrationCli}
 * maps them.
 */
abstract class CliCommand extends CommandBase {}
