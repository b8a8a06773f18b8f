package io.fieldguide.migration.cli;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.SQLException;
import picocli.CommandLine.Command;

/** {@code test-connection}: can this service reach its database, and which one is it. */
@Dependent
@Command(
        name = "test-connection",
        description = {
            "Connect to the service's database as the service does; print the URL, server version,"
                    + " database, user and timings.",
            "Exit 1 when it cannot connect (the driver's message on standard error)."
        },
        footer = CliCommands.FOOTER)
class TestConnectionCommand extends CliCommand {

    @Inject
    ConnectionCheck connection;

    @Override
    public Integer call() throws SQLException {
        ConnectionCheck.Reached reached = connection.check();
        CliOutput output = output();
        output.document(reached);
        output.line("Connected to %s", reached.url());
        output.line("  server    %s", reached.serverVersion());
        output.line("  database  %s as %s", reached.database(), reached.user());
        output.line("  connect   %.2f ms, query %.2f ms", reached.connectMillis(), reached.roundTripMillis());
        return ExitCode.OK;
    }
}
