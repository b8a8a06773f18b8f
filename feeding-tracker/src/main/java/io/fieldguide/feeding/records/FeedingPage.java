package io.fieldguide.feeding.records;

import java.util.List;

/** {@code GET /api/feedings}: the guide's {@code feedings} array, newest feeding first, one page of it. */
public record FeedingPage(boolean success, List<FeedingView> feedings, int page, int size, long total) {}
