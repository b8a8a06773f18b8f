package io.fieldguide.learning.practice;

import io.fieldguide.learning.item.Item;
import io.fieldguide.learning.item.ItemRepository;
import io.fieldguide.learning.item.ItemView;
import io.fieldguide.learning.learner.Learner;
import io.fieldguide.learning.learner.LearnerRepository;
import io.fieldguide.learning.learner.LearnerService;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Adaptive practice: records a learner's answer and moves both estimates, and picks the item to
 * practise next. Locks are always taken learner first, then item, so concurrent answers by many
 * learners to one item, or by one learner to many items, queue instead of deadlocking.
 */
@ApplicationScoped
public class PracticeService {

    private final LearnerRepository learners;
    private final ItemRepository items;
    private final AttemptRepository attempts;
    private final PracticeConfig config;
    private final EloModel model;

    PracticeService(
            LearnerRepository learners, ItemRepository items, AttemptRepository attempts, PracticeConfig config) {
        this.learners = learners;
        this.items = items;
        this.attempts = attempts;
        this.config = config;
        this.model = EloModel.of(config);
    }

    @Transactional
    public AttemptRecorded record(String callerName, AttemptInput input) {
        Learner learner = LearnerService.accountOf(callerName, learners::lockByEmail);
        Item item = items.lockById(input.itemId())
                .orElseThrow(() -> new InvalidRequestException("item_id", "No item " + input.itemId()));
        EloModel.Update update = model.afterAnswer(
                learner.ability, learner.answersSeen, item.difficulty, item.answersSeen, input.correct());
        learner.ability = update.ability();
        learner.answersSeen++;
        item.difficulty = update.difficulty();
        item.answersSeen++;
        AttemptRepository.Inserted attempt = attempts.insert(
                learner.id, item.id, input.correct(), input.responseTimeMs(), update.predictedSuccess());
        return new AttemptRecorded(
                attempt.id(),
                item.id,
                input.correct(),
                update.predictedSuccess(),
                update.ability(),
                update.difficulty(),
                attempt.attemptedAt());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttemptView> recentAttempts(String callerName, int limit) {
        Learner learner = LearnerService.accountOf(callerName, learners::findByEmail);
        return attempts.recent(learner.id, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NextItem next(String callerName, Optional<String> topic) {
        Learner learner = LearnerService.accountOf(callerName, learners::findByEmail);
        double wanted = model.difficultyFor(learner.ability, config.targetSuccess());
        boolean seenRecently = false;
        Optional<Long> id = attempts.nearestItem(learner.id, wanted, topic, config.recentlySeen(), false);
        if (id.isEmpty()) {
            // Everything was answered recently: repeating the best fit beats serving nothing.
            seenRecently = true;
            id = attempts.nearestItem(learner.id, wanted, topic, config.recentlySeen(), true);
        }
        Item item = items.findById(id.orElseThrow(() -> new ResourceNotFoundException(
                topic.map(t -> "No item in topic " + t).orElse("No items yet"))));
        return new NextItem(
                ItemView.of(item),
                model.successProbability(learner.ability, item.difficulty),
                config.targetSuccess(),
                seenRecently);
    }
}
