package io.fieldguide.protein.imports;

/** One staged line of a bulk import: its id (the job's walk key), its number in the file and its text. */
record ExportLine(long id, int lineNo, String body) {}
