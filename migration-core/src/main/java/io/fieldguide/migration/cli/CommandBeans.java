package io.fieldguide.migration.cli;

import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * picocli's factory inside Quarkus: a {@link CliCommand} comes from CDI, with its services injected;
 * anything else (the top command, {@code db}, {@code help}) from picocli's default factory. The
 * dependent beans it creates are destroyed after the run.
 */
final class CommandBeans implements CommandLine.IFactory {

    private final Instance<CliCommand> beans;
    private final List<CliCommand> created = new ArrayList<>();

    CommandBeans(Instance<CliCommand> beans) {
        this.beans = beans;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (CliCommand.class.isAssignableFrom(type)) {
            CliCommand command = beans.select(type.asSubclass(CliCommand.class)).get();
            created.add(command);
            return type.cast(command);
        }
        return CommandLine.defaultFactory().create(type);
    }

    void destroyAll() {
        created.forEach(beans::destroy);
        created.clear();
    }
}
