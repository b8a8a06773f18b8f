package io.fieldguide.learning.seed;

/** What a seed run created, and what it found already there (a second run creates nothing). */
public record SeedReport(
        int learnersCreated, int learnersExisting, int itemsCreated, int itemsExisting, int attemptsRecorded) {}
