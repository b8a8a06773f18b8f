package io.fieldguide.learning.partition;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The attempts partitions job; see the "Partitions" section of application.properties. */
@ConfigMapping(prefix = "learning.partitions")
public interface PartitionConfig {

    /** Partitions are kept for this year and this many years after it. */
    @WithDefault("1")
    int yearsAhead();
}
