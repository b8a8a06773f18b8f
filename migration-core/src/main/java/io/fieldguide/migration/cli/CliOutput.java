package io.fieldguide.migration.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a command writes: results to {@code out} (text, or one JSON document with {@code --json}),
 * errors to {@code err} as one line. In JSON mode an error is also written to {@code out} as
 * {@code {"success": false, "error": ..., "message": ...}}, so a pipe into {@code jq} always gets a document.
 */
final class CliOutput {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final ObjectMapper mapper;

    CliOutput(PrintStream out, PrintStream err, boolean json, ObjectMapper mapper) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.mapper = mapper;
    }

    /** Where picocli prints a help that was asked for. */
    PrintStream out() {
        return out;
    }

    /** Where picocli would print its own messages. */
    PrintStream err() {
        return err;
    }

    boolean json() {
        return json;
    }

    /** A line of the human-readable result; nothing in JSON mode. */
    void line(String text) {
        if (!json) {
            out.println(text);
        }
    }

    void line(String format, Object... args) {
        line(String.format(format, args));
    }

    /** The command's JSON document; nothing in text mode. */
    void document(Object value) {
        if (json) {
            out.println(toJson(value));
        }
    }

    /** Prints a one-line error and returns {@code exitCode}. */
    int error(int exitCode, String kind, String message) {
        err.println("error: " + message);
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("success", false);
            document.put("error", kind);
            document.put("message", message);
            document.put("exitCode", exitCode);
            out.println(toJson(document));
        }
        return exitCode;
    }

    /** A one-line error on {@code err} only, for a failure whose details the document already holds. */
    void errorLine(String message) {
        err.println("error: " + message);
    }

    /** Usage text, to {@code out} when asked for and to {@code err} after a usage error. */
    void usage(String text, boolean asked) {
        (asked ? out : err).print(text);
    }

    void flush() {
        out.flush();
        err.flush();
    }

    private String toJson(Object value) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
