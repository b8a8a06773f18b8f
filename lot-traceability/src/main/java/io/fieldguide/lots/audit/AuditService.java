package io.fieldguide.lots.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.migration.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Reads the audit log (written only by the database's triggers). */
@ApplicationScoped
public class AuditService {

    /** The tables whose changes are audited (V11's triggers, V13's on lot_scraps). */
    public static final Set<String> AUDITED = Set.of(
            "ingredient_lots",
            "production_runs",
            "pallets",
            "batch_ingredients",
            "quality_holds",
            "shipments",
            "lot_scraps");

    private static final String ENTRIES =
            """
            SELECT id, table_name, record_id, action::text, old_values::text, new_values::text, changed_by, changed_at
            FROM audit_log WHERE table_name = :table AND record_id = :record ORDER BY id""";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    AuditService(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    public List<AuditEntry> entries(String table, long recordId) {
        if (!AUDITED.contains(table)) {
            throw new InvalidRequestException(
                    "table", "table must be one of " + AUDITED.stream().sorted().toList());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(ENTRIES)
                .setParameter("table", table)
                .setParameter("record", recordId)
                .getResultList();
        return rows.stream()
                .map(row -> new AuditEntry(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        ((Number) row[2]).longValue(),
                        (String) row[3],
                        parse((String) row[4]),
                        parse((String) row[5]),
                        (String) row[6],
                        instant(row[7])))
                .toList();
    }

    private JsonNode parse(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log holds JSON that does not parse", e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
