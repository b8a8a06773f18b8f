package io.fieldguide.migration.console;

/**
 * A panel a module adds to its {@code /console}: declare a CDI bean implementing this interface and
 * the console shows it after the core's own panels, in {@link #order()}, refreshed with them.
 *
 * <pre>{@code
 * @ApplicationScoped
 * class PartitionsPanel implements ConsolePanel {
 *     public String id() { return "partitions"; }
 *     public String title() { return "Partitions of attempts"; }
 *     public PanelView view() {
 *         return PanelView.table("3 partitions", List.of("Partition", "Bounds", "Rows"), rows);
 *     }
 * }
 * }</pre>
 *
 * <p>A panel answers with data, not markup: the console renders every {@link PanelView} as the same
 * accessible table (with a progress bar where a row has a percent), so a module writes no HTML or
 * JavaScript and cannot inject any. {@link #view()} runs on each {@code GET /api/console/panels}
 * by an authenticated caller, so it should be a cheap read; it must cope with a schema that is not
 * migrated yet (the console is most useful exactly then), and whatever it throws is shown in its
 * own panel instead of breaking the page.
 */
public interface ConsolePanel {

    /** Stable and unique in the service: lower-case letters, digits and dashes, e.g. {@code import-jobs}. */
    String id();

    /** The panel's heading and the label of its tab. */
    String title();

    /** What the panel shows now. */
    PanelView view();

    /** Panels are shown by ascending order, then by title. */
    default int order() {
        return 100;
    }
}
