package io.fieldguide.lots.production;

import io.fieldguide.lots.production.RunViews.InputView;
import io.fieldguide.lots.production.RunViews.RunView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run as the API shows it: every lot it consumed (all of them, summed per lot) and its output lot. */
@ApplicationScoped
public class RunReader {

    private static final String INPUTS =
            """
            SELECT l.id, l.lot_code, i.name, sum(b.quantity_used), l.unit_of_measure
            FROM batch_ingredients b
            JOIN ingredient_lots l ON l.id = b.ingredient_lot_id
            JOIN ingredients i ON i.id = l.ingredient_id
            WHERE b.production_run_id = :run
            GROUP BY l.id, l.lot_code, i.name, l.unit_of_measure
            ORDER BY l.lot_code""";

    private final EntityManager entityManager;

    RunReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    RunView view(ProductionRun run) {
        entityManager.flush();
        List<InputView> inputs = inputRows(run.id).stream()
                .map(row -> new InputView((String) row[1], (String) row[2], (BigDecimal) row[3], (String) row[4]))
                .toList();
        @SuppressWarnings("unchecked")
        List<String> output = entityManager
                .createNativeQuery("SELECT lot_code FROM ingredient_lots WHERE production_run_id = :run ORDER BY id")
                .setParameter("run", run.id)
                .getResultList();
        return new RunView(
                run.id,
                run.batchNumber,
                run.recipeId,
                run.status,
                run.qualityStatus,
                run.plannedQuantity,
                run.actualQuantity,
                run.unitOfMeasure,
                run.location,
                run.actualStartTime,
                run.actualEndTime,
                run.startedBy,
                run.completedBy,
                inputs,
                output.isEmpty() ? null : output.get(0));
    }

    /** Each consumed lot's id with the total quantity of it the run used. */
    Map<Long, BigDecimal> inputQuantities(long runId) {
        Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
        inputRows(runId).forEach(row -> quantities.put(((Number) row[0]).longValue(), (BigDecimal) row[3]));
        return quantities;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> inputRows(long runId) {
        return entityManager
                .createNativeQuery(INPUTS)
                .setParameter("run", runId)
                .getResultList();
    }
}
