package io.fieldguide.learning.practice;

/**
 * The Elo-style model of adaptive practice systems: a learner's ability and an item's difficulty on
 * one logit scale, the chance of a correct answer {@code P = 1 / (1 + e^-(ability - difficulty))},
 * and after each answer both estimates move by {@code U(n) * (outcome - P)} in opposite directions,
 * where {@code U(n) = scale / (1 + decay * n)} shrinks as the estimate rests on more answers ({@code
 * n}): new learners and items move fast, well-known ones settle.
 */
public record EloModel(double uncertaintyScale, double uncertaintyDecay) {

    /** Both estimates after one answer, and the chance the model gave it before. */
    public record Update(double predictedSuccess, double ability, double difficulty) {}

    public static EloModel of(PracticeConfig config) {
        return new EloModel(config.uncertaintyScale(), config.uncertaintyDecay());
    }

    public double successProbability(double ability, double difficulty) {
        return 1 / (1 + Math.exp(-(ability - difficulty)));
    }

    public double uncertainty(long answersSeen) {
        return uncertaintyScale / (1 + uncertaintyDecay * answersSeen);
    }

    public Update afterAnswer(
            double ability, long learnerAnswers, double difficulty, long itemAnswers, boolean correct) {
        double predicted = successProbability(ability, difficulty);
        double surprise = (correct ? 1 : 0) - predicted;
        return new Update(
                predicted,
                ability + uncertainty(learnerAnswers) * surprise,
                difficulty - uncertainty(itemAnswers) * surprise);
    }

    /** The difficulty at which this learner's predicted success is {@code targetSuccess}. */
    public double difficultyFor(double ability, double targetSuccess) {
        return ability - Math.log(targetSuccess / (1 - targetSuccess));
    }
}
