package io.fieldguide.learning.seed;

/**
 * How much test data {@link LearningSeeder} makes. The same sizes and seed give the same learners,
 * items and answers.
 *
 * @param attemptsPerLearner answers each newly created learner gives
 * @param randomSeed drives the learners' true abilities, the items' difficulties and the answers
 */
public record SeedSize(int learners, int items, int attemptsPerLearner, long randomSeed) {

    public static final int DEFAULT_LEARNERS = 20;
    public static final int DEFAULT_ITEMS = 50;
    public static final int DEFAULT_ATTEMPTS_PER_LEARNER = 10;
    public static final long DEFAULT_RANDOM_SEED = 42;

    public static final SeedSize DEFAULT =
            new SeedSize(DEFAULT_LEARNERS, DEFAULT_ITEMS, DEFAULT_ATTEMPTS_PER_LEARNER, DEFAULT_RANDOM_SEED);

    public SeedSize {
        if (learners < 0 || items < 1 || attemptsPerLearner < 0) {
            throw new IllegalArgumentException("needs learners >= 0, items >= 1 and attempts >= 0");
        }
    }
}
