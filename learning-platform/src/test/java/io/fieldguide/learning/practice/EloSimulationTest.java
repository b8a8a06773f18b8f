package io.fieldguide.learning.practice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The model against simulated learners and items whose true ability and difficulty are known:
 * answers are drawn from the true chance, items are served as the service serves them (predicted
 * success nearest 0.75, not one of the last few answered), and the estimates must find the truth.
 * The figures it prints are the ones in the module README.
 */
class EloSimulationTest {

    private static final int LEARNERS = 300;
    private static final int ITEMS = 150;
    private static final int ANSWERS_PER_LEARNER = 150;
    private static final double TARGET = 0.75;
    private static final int NOT_AGAIN_WITHIN = 10;

    private final EloModel model = new EloModel(1.0, 0.05);

    @Test
    void estimatesRankLikeTheTruthAndPredictionsAreCalibrated() {
        Random random = new Random(42);
        double[] trueAbility = normals(random, LEARNERS, 1.0);
        double[] trueDifficulty = normals(random, ITEMS, 1.2);
        double[] ability = new double[LEARNERS];
        long[] learnerAnswers = new long[LEARNERS];
        double[] difficulty = new double[ITEMS];
        long[] itemAnswers = new long[ITEMS];
        int[][] lastItems = new int[LEARNERS][NOT_AGAIN_WITHIN];
        for (int[] last : lastItems) {
            Arrays.fill(last, -1);
        }
        Calibration calibration = new Calibration();

        for (int round = 0; round < ANSWERS_PER_LEARNER; round++) {
            for (int learner = 0; learner < LEARNERS; learner++) {
                int item = nextItem(ability[learner], difficulty, lastItems[learner]);
                double truth = model.successProbability(trueAbility[learner], trueDifficulty[item]);
                boolean correct = random.nextDouble() < truth;
                EloModel.Update update = model.afterAnswer(
                        ability[learner], learnerAnswers[learner], difficulty[item], itemAnswers[item], correct);
                if (round >= ANSWERS_PER_LEARNER / 2) {
                    calibration.add(update.predictedSuccess(), truth, correct);
                }
                ability[learner] = update.ability();
                difficulty[item] = update.difficulty();
                learnerAnswers[learner]++;
                itemAnswers[item]++;
                lastItems[learner][round % NOT_AGAIN_WITHIN] = item;
            }
        }

        double learnerRho = spearman(ability, trueAbility);
        double itemRho = spearman(difficulty, trueDifficulty);
        System.out.printf(
                "Simulation: %d learners, %d items, %d answers each; Spearman learners %.3f, items %.3f;"
                        + " Brier %.4f over the second half (%d answers; the true chances score %.4f)%n%s",
                LEARNERS,
                ITEMS,
                ANSWERS_PER_LEARNER,
                learnerRho,
                itemRho,
                calibration.brier(),
                calibration.count(),
                calibration.oracleBrier(),
                calibration.table());
        assertTrue(learnerRho > 0.9, "learners' estimates rank like their true abilities: " + learnerRho);
        assertTrue(itemRho > 0.9, "items' estimates rank like their true difficulties: " + itemRho);
        assertTrue(calibration.worstGap() < 0.05, "calibrated within 0.05 in every bin:\n" + calibration.table());
        assertTrue(
                calibration.brier() - calibration.oracleBrier() < 0.01,
                "within 0.01 of the true chances' Brier score: " + calibration.brier() + " vs "
                        + calibration.oracleBrier());
    }

    /** The service's rule: predicted success nearest the target, none of the last few items. */
    private int nextItem(double ability, double[] difficulty, int[] recent) {
        double wanted = model.difficultyFor(ability, TARGET);
        int best = -1;
        for (int item = 0; item < difficulty.length; item++) {
            final int candidate = item;
            if (Arrays.stream(recent).anyMatch(r -> r == candidate)) {
                continue;
            }
            if (best < 0 || Math.abs(difficulty[item] - wanted) < Math.abs(difficulty[best] - wanted)) {
                best = item;
            }
        }
        return best;
    }

    private static double[] normals(Random random, int count, double spread) {
        return IntStream.range(0, count)
                .mapToDouble(i -> random.nextGaussian() * spread)
                .toArray();
    }

    private static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double mean = (a.length - 1) / 2.0;
        double covariance = 0;
        double varianceA = 0;
        double varianceB = 0;
        for (int i = 0; i < a.length; i++) {
            covariance += (ra[i] - mean) * (rb[i] - mean);
            varianceA += (ra[i] - mean) * (ra[i] - mean);
            varianceB += (rb[i] - mean) * (rb[i] - mean);
        }
        return covariance / Math.sqrt(varianceA * varianceB);
    }

    private static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        for (int rank = 0; rank < order.length; rank++) {
            ranks[order[rank]] = rank;
        }
        return ranks;
    }

    /** Predictions against outcomes: the Brier score and a reliability table in tenths. */
    private static final class Calibration {

        private final long[] answers = new long[10];
        private final long[] correct = new long[10];
        private final double[] predicted = new double[10];
        private double squaredError;
        private double oracleSquaredError;
        private long count;

        void add(double prediction, double truth, boolean right) {
            oracleSquaredError += Math.pow(truth - (right ? 1 : 0), 2);
            int bin = Math.min(9, (int) (prediction * 10));
            answers[bin]++;
            predicted[bin] += prediction;
            if (right) {
                correct[bin]++;
            }
            squaredError += Math.pow(prediction - (right ? 1 : 0), 2);
            count++;
        }

        double brier() {
            return squaredError / count;
        }

        /** The Brier score of the true chances: the best any model can do on these answers. */
        double oracleBrier() {
            return oracleSquaredError / count;
        }

        long count() {
            return count;
        }

        /** The largest gap between mean prediction and observed rate, over bins with 500+ answers. */
        double worstGap() {
            double worst = 0;
            for (int bin = 0; bin < 10; bin++) {
                if (answers[bin] >= 500) {
                    worst = Math.max(
                            worst, Math.abs(predicted[bin] / answers[bin] - (double) correct[bin] / answers[bin]));
                }
            }
            return worst;
        }

        String table() {
            StringBuilder table =
                    new StringBuilder("| predicted | answers | mean predicted | observed |\n|---|---|---|---|\n");
            for (int bin = 0; bin < 10; bin++) {
                if (answers[bin] > 0) {
                    table.append(String.format(
                            "| %.1f-%.1f | %d | %.3f | %.3f |%n",
                            bin / 10.0,
                            (bin + 1) / 10.0,
                            answers[bin],
                            predicted[bin] / answers[bin],
                            (double) correct[bin] / answers[bin]));
                }
            }
            return table.toString();
        }
    }
}
