package io.fieldguide.migration.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One command's arguments: positionals, {@code --flag}s and {@code --option value} (or
 * {@code --option=value}), checked against what the command accepts. Small on purpose; the
 * commands have a handful of options each.
 */
final class CliArguments {

    /** What a command accepts. */
    record Syntax(Set<String> flags, Set<String> options, int minPositionals, int maxPositionals) {

        static Syntax none() {
            return new Syntax(Set.of(), Set.of(), 0, 0);
        }
    }

    private final String command;
    private final List<String> positionals;
    private final Set<String> flags;
    private final Map<String, String> options;

    private CliArguments(String command, List<String> positionals, Set<String> flags, Map<String, String> options) {
        this.command = command;
        this.positionals = positionals;
        this.flags = flags;
        this.options = options;
    }

    static CliArguments parse(String command, List<String> args, Syntax syntax) {
        List<String> positionals = new ArrayList<>();
        Set<String> flags = new HashSet<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-")) {
                positionals.add(arg);
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new UsageException(command, "unknown option " + arg + " for " + command);
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            if (syntax.flags().contains(name)) {
                if (equals >= 0) {
                    throw new UsageException(command, "--" + name + " takes no value");
                }
                flags.add(name);
            } else if (syntax.options().contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(command, "--" + name + " needs a value");
                }
                if (value.isBlank()) {
                    throw new UsageException(command, "--" + name + " needs a value");
                }
                if (options.put(name, value) != null) {
                    throw new UsageException(command, "--" + name + " is given twice");
                }
            } else {
                throw new UsageException(command, "unknown option --" + name + " for " + command);
            }
        }
        if (positionals.size() < syntax.minPositionals()) {
            throw new UsageException(command, command + " is missing an argument");
        }
        if (positionals.size() > syntax.maxPositionals()) {
            throw new UsageException(
                    command, "unexpected argument '" + positionals.get(syntax.maxPositionals()) + "' for " + command);
        }
        return new CliArguments(command, List.copyOf(positionals), Set.copyOf(flags), Map.copyOf(options));
    }

    Optional<String> positional(int index) {
        return index < positionals.size() ? Optional.of(positionals.get(index)) : Optional.empty();
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** An option that must be a whole number of at least {@code min}. */
    Optional<Integer> intOption(String name, int min) {
        return option(name).map(value -> {
            int number;
            try {
                number = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new UsageException(command, "--" + name + " must be a whole number, was '" + value + "'");
            }
            if (number < min) {
                throw new UsageException(command, "--" + name + " must be at least " + min + ", was " + number);
            }
            return number;
        });
    }
}
