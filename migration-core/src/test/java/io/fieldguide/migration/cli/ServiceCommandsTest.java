package io.fieldguide.migration.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A service's own commands and its names for the core's, added to the command line as
 * {@link ServiceCommandsLoader} adds what {@code ServiceLoader} finds (learning-platform's
 * {@code LearningCliTest} runs the whole path, CDI included).
 */
class ServiceCommandsTest {

    @Command(name = "hello", description = "Says hello.")
    public static class HelloCommand extends ServiceCommand {
        @Override
        public Integer call() {
            document(Map.of("greeting", "hello"));
            line("hello");
            return ExitCode.OK;
        }
    }

    static final class Example implements ServiceCommands {
        private final Map<String, String> spellings;

        Example(Map<String, String> spellings) {
            this.spellings = spellings;
        }

        @Override
        public List<Class<? extends ServiceCommand>> commands() {
            return List.of(HelloCommand.class);
        }

        @Override
        public Map<String, String> spellings() {
            return spellings;
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private CommandLine commandLine(Map<String, String> spellings) {
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        CliOutput output = new CliOutput(stream, stream, false, new ObjectMapper());
        CommandLine top = new CommandLine(new CliCommands(output));
        ServiceCommandsLoader.addTo(top, CommandLine.defaultFactory(), List.of(new Example(spellings)));
        return top;
    }

    private static Map<String, String> guideSpellings() {
        Map<String, String> spellings = new LinkedHashMap<>();
        spellings.put("migration status", "status");
        spellings.put("migration rollback", "rollback");
        spellings.put("validate-schema", "validate");
        return spellings;
    }

    @Test
    void serviceCommandsRunBesideTheCoreOnes() {
        CommandLine top = commandLine(Map.of());

        assertEquals(ExitCode.OK, top.execute("hello"));
        assertEquals("hello", out.toString(StandardCharsets.UTF_8).strip());
        assertTrue(top.getSubcommands().containsKey("status"));
    }

    @Test
    void spellingsParseAsTheCoreCommandTheyName() {
        CommandLine top = commandLine(guideSpellings());

        List<CommandLine> parsed =
                top.parseArgs("migration", "rollback", "--steps", "2").asCommandLineList();
        assertInstanceOf(RollbackCommand.class, parsed.get(2).getCommand());
        assertInstanceOf(
                StatusCommand.class,
                top.parseArgs("migration", "status").asCommandLineList().get(2).getCommand());
        assertInstanceOf(
                ValidateCommand.class,
                top.parseArgs("validate-schema").asCommandLineList().get(1).getCommand());
    }

    @Test
    void helpListsThemAndSaysWhatEachSpellingStandsFor() {
        CommandLine top = commandLine(guideSpellings());

        String usage = top.getUsageMessage();
        for (String name : List.of("hello", "migration", "validate-schema", "status")) {
            assertTrue(usage.contains(name), usage);
        }
        String group = top.getSubcommands().get("migration").getUsageMessage();
        assertTrue(group.contains("status") && group.contains("rollback"), group);
        String spelled = top.getSubcommands().get("validate-schema").getUsageMessage();
        assertTrue(spelled.contains("The guide's name for `validate`."), spelled);
    }

    @Test
    void theGroupAloneIsAUsageError() {
        CommandLine top = commandLine(guideSpellings());
        top.setParameterExceptionHandler((e, args) -> ExitCode.USAGE);

        assertEquals(ExitCode.USAGE, top.execute("migration"));
    }

    @Test
    void aSpellingOfNoCoreCommandFailsLoudly() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> commandLine(Map.of("migration frobnicate", "frob")));
        assertTrue(e.getMessage().contains("'migration frobnicate' -> 'frob'"), e.getMessage());
    }
}
