package io.fieldguide.learning.learner;

import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.fieldguide.migration.security.CallerAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class LearnerService {

    private final LearnerRepository learners;

    LearnerService(LearnerRepository learners) {
        this.learners = learners;
    }

    @Transactional
    public LearnerView register(NewLearner learner) {
        UUID id = learners.insertIfNew(learner.email(), learner.displayName(), learner.countryCode())
                .orElseThrow(() -> new RefusedException("email", "A learner with this email already exists"));
        return LearnerView.of(learners.findById(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LearnerView byId(UUID id) {
        return learners.findByIdOptional(id)
                .map(LearnerView::of)
                .orElseThrow(() -> new ResourceNotFoundException("No learner " + id));
    }

    /** The learner a token speaks for: its subject is the learner's email. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LearnerView byCaller(String callerName) {
        return LearnerView.of(accountOf(callerName, learners::findByEmail));
    }

    /** The learner a token names, found by {@code lookup}; without one, the core's 403 saying how one is made. */
    public static Learner accountOf(String callerName, Function<String, Optional<Learner>> lookup) {
        return CallerAccount.require(callerName, lookup, "learner", "an instructor registers learners");
    }
}
