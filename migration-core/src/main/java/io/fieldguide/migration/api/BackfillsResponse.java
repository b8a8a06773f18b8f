package io.fieldguide.migration.api;

import io.fieldguide.migration.backfill.BackfillProgress;
import java.util.List;

/** The declared backfills and the progress of those that have started. */
public record BackfillsResponse(List<String> declared, List<BackfillProgress> jobs, String message) {}
