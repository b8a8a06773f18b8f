package io.fieldguide.learning.partition;

import java.util.List;

/** The partitions a run of the job created (none when every year was already covered). */
public record EnsuredPartitions(List<String> created) {}
