package io.fieldguide.learning.cli;

import io.fieldguide.migration.cli.ServiceCommand;
import io.fieldguide.migration.cli.ServiceCommands;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide's command line on the packaged service: its own commands ({@code seed},
 * {@code test-migrations}) and its names for the core's ({@code migration status}, ...). The core
 * already has {@code migrate} and {@code test-connection} under the guide's names.
 */
public final class LearningCommands implements ServiceCommands {

    @Override
    public List<Class<? extends ServiceCommand>> commands() {
        return List.of(SeedCommand.class, TestMigrationsCommand.class);
    }

    @Override
    public Map<String, String> spellings() {
        Map<String, String> spellings = new LinkedHashMap<>();
        spellings.put("migration status", "status");
        spellings.put("migration generate", "new");
        spellings.put("migration rollback", "rollback");
        spellings.put("validate-schema", "validate");
        return spellings;
    }
}
