package io.fieldguide.protein.imports;

import io.fieldguide.migration.backfill.Backfill;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One bulk import as a backfill of the core: the core walks the job's staged lines by id in
 * batches, each batch's transaction imports its lines, records their outcomes and marks the range
 * done, so a line is imported exactly once whatever dies when. Lines already decided (by a batch
 * that committed) are not read again.
 */
record ImportLinesBackfill(long jobId, ExportLineImporter importer) implements Backfill {

    static String name(long jobId) {
        return "protein-import-" + jobId;
    }

    @Override
    public String name() {
        return name(jobId);
    }

    /** The walk covers this job's lines only: a derived table, which the core reads like a table. */
    @Override
    public String table() {
        return "(SELECT id FROM import_lines WHERE job_id = " + jobId + ") AS job_lines";
    }

    @Override
    public long applyBatch(Connection connection, long fromKeyExclusive, long toKeyInclusive) throws SQLException {
        List<ExportLine> lines = pending(connection, fromKeyExclusive, toKeyInclusive);
        try (PreparedStatement record = connection.prepareStatement(
                """
                UPDATE import_lines SET outcome = ?, reason = ?, email = ?, user_id = ?, import_id = ?,
                    meals_input = ?, meals_imported = ?, meals_already_imported = ?, meals_merged = ?,
                    meals_rejected = ?
                WHERE id = ?
                """)) {
            for (ExportLine line : lines) {
                LineOutcome outcome = importer.importLine(connection, line);
                record.setString(1, outcome.outcome());
                record.setString(2, outcome.reason());
                record.setString(3, outcome.email());
                record.setString(4, outcome.userId());
                record.setObject(5, outcome.importId());
                record.setInt(6, outcome.meals().input());
                record.setInt(7, outcome.meals().imported());
                record.setInt(8, outcome.meals().alreadyImported());
                record.setInt(9, outcome.meals().merged());
                record.setInt(10, outcome.meals().rejected());
                record.setLong(11, line.id());
                record.addBatch();
            }
            record.executeBatch();
        }
        return lines.size();
    }

    private List<ExportLine> pending(Connection connection, long fromKeyExclusive, long toKeyInclusive)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, line_no, body FROM import_lines"
                + " WHERE job_id = ? AND id > ? AND id <= ? AND outcome IS NULL ORDER BY id")) {
            select.setLong(1, jobId);
            select.setLong(2, fromKeyExclusive);
            select.setLong(3, toKeyInclusive);
            List<ExportLine> lines = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new ExportLine(rows.getLong(1), rows.getInt(2), rows.getString(3)));
                }
            }
            return lines;
        }
    }
}
