package io.fieldguide.migration.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Adds every {@link ServiceCommands} on the class path to the top command: commands and spellings. */
final class ServiceCommandsLoader {

    private ServiceCommandsLoader() {}

    static void addTo(CommandLine top, CommandLine.IFactory factory) {
        addTo(top, factory, ServiceLoader.load(ServiceCommands.class, classLoader()));
    }

    static void addTo(CommandLine top, CommandLine.IFactory factory, Iterable<ServiceCommands> extensions) {
        for (ServiceCommands extension : extensions) {
            extension.commands().forEach(type -> top.addSubcommand(new CommandLine(type, factory)));
            extension.spellings().forEach((spelling, coreName) -> addSpelling(top, factory, spelling, coreName));
        }
    }

    /**
     * A second instance of the core command under the guide's name: picocli keeps one parent per
     * command line, so an alias inside a group ({@code migration status}) cannot share the original.
     */
    private static void addSpelling(CommandLine top, CommandLine.IFactory factory, String spelling, String coreName) {
        CommandLine original = top.getSubcommands().get(coreName);
        String[] words = spelling.strip().split("\\s+");
        if (original == null || words.length > 2) {
            throw new IllegalStateException("ServiceCommands spelling '" + spelling + "' -> '" + coreName
                    + "': one or two words naming one of the core's commands "
                    + top.getSubcommands().keySet());
        }
        CommandLine copy = new CommandLine(original.getCommand().getClass(), factory);
        List<String> description = new ArrayList<>(List.of("The guide's name for `" + coreName + "`."));
        description.addAll(List.of(copy.getCommandSpec().usageMessage().description()));
        copy.getCommandSpec().usageMessage().description(description.toArray(String[]::new));
        if (words.length == 1) {
            top.addSubcommand(words[0], copy);
            return;
        }
        CommandLine group = top.getSubcommands().get(words[0]);
        if (group == null) {
            group = new CommandLine(new CommandGroup(), factory);
            top.addSubcommand(words[0], group);
        }
        group.addSubcommand(words[1], copy);
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ServiceCommandsLoader.class.getClassLoader();
    }

    /** The first word of two-word spellings ({@code migration}): lists its commands, runs none itself. */
    @Command(description = "The guide's names for the core's commands; see each one's --help.")
    static final class CommandGroup extends CommandBase {

        @Override
        public Integer call() {
            throw usageError(
                    "name a command: " + String.join(", ", spec.subcommands().keySet()));
        }
    }
}
