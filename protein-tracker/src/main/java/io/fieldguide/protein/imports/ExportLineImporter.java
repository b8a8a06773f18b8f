package io.fieldguide.protein.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldguide.protein.user.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports one NDJSON line on the batch's connection: the line is read and validated exactly as
 * {@code POST /api/me/import} reads its body (the same record, the same Bean Validation
 * constraints, {@link ImportService#importInto}), its user matched or created by e-mail. A line
 * that cannot be imported is rejected as a whole: it runs inside a savepoint, so nothing of it
 * stays when the database refuses part of it.
 */
@ApplicationScoped
class ExportLineImporter {

    private final ImportService imports;
    private final ImportUsers users;
    private final ObjectMapper json;
    private final Validator validator;

    ExportLineImporter(ImportService imports, ImportUsers users, ObjectMapper json, Validator validator) {
        this.imports = imports;
        this.users = users;
        this.json = json;
        this.validator = validator;
    }

    LineOutcome importLine(Connection connection, ExportLine line) throws SQLException {
        LocalStorageExport export;
        try {
            export = json.readValue(line.body(), LocalStorageExport.class);
        } catch (JsonProcessingException e) {
            return LineOutcome.rejected(null, "not an export: " + e.getOriginalMessage());
        }
        if (export == null) {
            return LineOutcome.rejected(null, "not an export: the line is JSON null");
        }
        String email = export.user() == null
                ? ""
                : CurrentUser.normaliseEmail(export.user().email());
        String invalid = violations(export, email);
        if (invalid != null) {
            return LineOutcome.rejected(email.isEmpty() ? null : email, invalid);
        }
        Savepoint beforeLine = connection.setSavepoint();
        try {
            String userId = users.matchOrCreate(connection, email, export.user().username());
            ImportReport report = imports.importInto(connection, userId, export, sha256(line.body()));
            connection.releaseSavepoint(beforeLine);
            return LineOutcome.of(email, userId, report);
        } catch (SQLException e) {
            if (!isDataError(e)) {
                throw e;
            }
            connection.rollback(beforeLine);
            return LineOutcome.rejected(email, "refused by the database: " + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the import report of line " + line.lineNo(), e);
        }
    }

    /** The single-user import's constraints, and the e-mail a bulk line needs to find its user. */
    private String violations(LocalStorageExport export, String email) {
        Set<ConstraintViolation<LocalStorageExport>> violations = validator.validate(export);
        String reasons = violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 320) {
            String emailReason =
                    "user.email: a bulk line needs its user's e-mail address, was \"" + Shown.of(email) + "\"";
            reasons = reasons.isEmpty() ? emailReason : reasons + "; " + emailReason;
        }
        return reasons.isEmpty() ? null : reasons;
    }

    /** Data exceptions (22) and integrity violations (23) are the line's fault; anything else is the server's. */
    private static boolean isDataError(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
