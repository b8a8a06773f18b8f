package io.fieldguide.protein.cli;

import io.fieldguide.migration.cli.ServiceCommand;
import io.fieldguide.migration.cli.ServiceCommands;
import java.util.List;
import java.util.Map;

/** protein-tracker's own command on the packaged service: {@code verify-import}. */
public final class ProteinCommands implements ServiceCommands {

    @Override
    public List<Class<? extends ServiceCommand>> commands() {
        return List.of(VerifyImportCommand.class);
    }

    @Override
    public Map<String, String> spellings() {
        return Map.of();
    }
}
