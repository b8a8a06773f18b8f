package io.fieldguide.course.favorites;

import java.time.Instant;

/** A favorite course as the API shows it. */
public record FavoriteView(Long courseId, String title, Instant createdAt) {}
