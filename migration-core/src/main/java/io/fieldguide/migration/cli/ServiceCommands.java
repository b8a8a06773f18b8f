package io.fieldguide.migration.cli;

import java.util.List;
import java.util.Map;

/**
 * What a service adds to its command line: its own commands, and its guide's names for the core's
 * commands. Found with {@link java.util.ServiceLoader} (list the implementation in
 * {@code META-INF/services/io.fieldguide.migration.cli.ServiceCommands}), because the command line is
 * built before Quarkus starts, to answer {@code --help} without a database.
 */
public interface ServiceCommands {

    /** Commands beside the core's, each a {@link ServiceCommand} with a picocli {@code @Command}. */
    List<Class<? extends ServiceCommand>> commands();

    /**
     * Other names for the core's commands, as the service's guide spells them: one or two words to
     * a core command's name, e.g. {@code "migration status" -> "status"}, {@code "validate-schema" ->
     * "validate"}. The two-word ones form a group ({@code migration}) whose help lists them.
     */
    default Map<String, String> spellings() {
        return Map.of();
    }
}
