package io.fieldguide.migration.console;

/** OpenAPI examples of the console's endpoints. */
final class ConsoleExamples {

    static final String SESSION =
            """
            {"user": "demo-admin", "roles": ["migration-admin"], "admin": true}""";

    static final String LINT =
            """
            {"locations": ["classpath:db/migration"], "clean": false, "summary": "1 finding in 1 script",
             "scripts": [{"script": "V3__index_records.sql", "findings": [{"rule": "require-concurrent-index-creation",
              "line": 2, "message": "CREATE INDEX without CONCURRENTLY blocks writes to feeding_records",
              "hint": "CREATE INDEX CONCURRENTLY, alone in its migration"}]}]}""";

    static final String PANELS =
            """
            {"panels": [{"id": "partitions", "title": "Partitions of attempts", "error": null,
              "view": {"summary": "2 partitions", "columns": ["Partition", "Bounds", "Rows"],
               "rows": [{"state": "done", "cells": ["attempts_2026", "FROM ('2026-01-01') TO ('2027-01-01')", "1200"],
                         "percent": null}]}}]}""";

    private ConsoleExamples() {}
}
