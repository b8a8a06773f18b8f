package io.fieldguide.learning.partition;

import io.fieldguide.migration.console.ConsolePanel;
import io.fieldguide.migration.console.PanelView;
import io.fieldguide.migration.console.PanelView.Row;
import io.fieldguide.migration.console.PanelView.State;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The partitions of {@code attempts} on {@code /console}. Rows in the default partition are attempts
 * of a year that has no partition of its own: shown as needing attention (see the README's Partitions).
 */
@ApplicationScoped
class PartitionsPanel implements ConsolePanel {

    private static final String DEFAULT_PARTITION = "attempts_default";

    private final AttemptPartitions partitions;
    private final EntityManager entityManager;

    PartitionsPanel(AttemptPartitions partitions, EntityManager entityManager) {
        this.partitions = partitions;
        this.entityManager = entityManager;
    }

    @Override
    public String id() {
        return "partitions";
    }

    @Override
    public String title() {
        return "Partitions of attempts";
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public PanelView view() {
        List<String> columns = List.of("Partition", "Bounds", "Rows (estimate)", "Size");
        Object table = entityManager
                .createNativeQuery("SELECT to_regclass('attempts')::text")
                .getSingleResult();
        if (table == null) {
            return PanelView.table("No attempts table yet: migrate to 0001 first", columns, List.of());
        }
        List<PartitionView> all = partitions.list();
        return PanelView.table(
                all.size() + " partitions (created ahead by POST /api/partitions/ensure)",
                columns,
                all.stream().map(PartitionsPanel::row).toList());
    }

    private static Row row(PartitionView partition) {
        boolean strays = DEFAULT_PARTITION.equals(partition.name()) && partition.estimatedRows() > 0;
        return Row.of(
                strays ? State.PENDING : State.DONE,
                partition.name(),
                partition.bounds(),
                Long.toString(partition.estimatedRows()),
                partition.totalBytes() / 1024 + " kB");
    }
}
