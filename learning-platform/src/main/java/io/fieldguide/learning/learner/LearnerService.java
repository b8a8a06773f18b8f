package io.fieldguide.learning.learner;

import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

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
        return learners.findByEmail(callerName).map(LearnerView::of).orElseThrow(() -> noAccount(callerName));
    }

    public static ForbiddenException noAccount(String callerName) {
        return new ForbiddenException("No learner account for " + callerName + "; an instructor registers learners");
    }
}
