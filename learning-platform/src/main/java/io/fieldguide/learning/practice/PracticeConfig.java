package io.fieldguide.learning.practice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The adaptive model's settings; see the "Adaptive practice" section of application.properties. */
@ConfigMapping(prefix = "learning.practice")
public interface PracticeConfig {

    /** The next item is the one whose predicted success for the learner is nearest this. */
    @WithDefault("0.75")
    double targetSuccess();

    /** {@code a} of the uncertainty function U(n) = a / (1 + b n). */
    @WithDefault("1.0")
    double uncertaintyScale();

    /** {@code b} of the uncertainty function U(n) = a / (1 + b n). */
    @WithDefault("0.05")
    double uncertaintyDecay();

    /** An item the learner answered within this time is not served again while others remain. */
    @WithDefault("PT24H")
    Duration recentlySeen();
}
