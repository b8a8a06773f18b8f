package io.fieldguide.lots.recall;

import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, a quote or a line break, quotes
 * doubled. Hand-written because no CSV library (commons-csv, jackson-dataformat-csv) resolves in this
 * build's offline repository; it is the whole of what the recall spreadsheet needs.
 */
final class CsvWriter {

    private final StringBuilder out = new StringBuilder();

    CsvWriter row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
