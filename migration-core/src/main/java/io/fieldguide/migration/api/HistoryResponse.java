package io.fieldguide.migration.api;

import io.fieldguide.migration.history.HistoryEntry;
import java.util.List;

public record HistoryResponse(List<HistoryEntry> runs, String message) {}
