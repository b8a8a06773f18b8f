package io.fieldguide.migration.console;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every {@link ConsolePanel} the service declares, read for the console. */
@ApplicationScoped
public class ModulePanels {

    private static final Pattern PANEL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");

    /** One panel as the console receives it: its view, or why it could not be read. */
    public record Panel(
            String id,
            String title,
            @Schema(nullable = true, description = "null when the panel could not be read") PanelView view,
            @Schema(nullable = true, description = "null unless the panel could not be read") String error) {}

    public record Response(List<Panel> panels) {}

    private final List<ConsolePanel> panels;

    ModulePanels(Instance<ConsolePanel> declared) {
        this.panels = declared.stream()
                .sorted(Comparator.comparingInt(ConsolePanel::order).thenComparing(ConsolePanel::title))
                .toList();
        for (ConsolePanel panel : panels) {
            if (!PANEL_ID.matcher(panel.id()).matches()) {
                throw new IllegalStateException("Console panel id '" + panel.id() + "' of " + panel.getClass()
                        + " must be lower-case letters, digits and dashes");
            }
        }
    }

    public Response read() {
        return new Response(panels.stream().map(ModulePanels::read).toList());
    }

    /** A failing panel is one panel's problem: the others and the core's panels still show. */
    private static Panel read(ConsolePanel panel) {
        try {
            return new Panel(panel.id(), panel.title(), panel.view(), null);
        } catch (RuntimeException e) {
            Log.warnf(e, "Console panel %s could not be read", panel.id());
            return new Panel(panel.id(), panel.title(), null, "This panel could not be read: " + e.getMessage());
        }
    }
}
