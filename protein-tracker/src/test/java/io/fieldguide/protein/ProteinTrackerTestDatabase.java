package io.fieldguide.protein;

import io.fieldguide.migration.testing.PostgresTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module shares one PostgreSQL and one Quarkus boot. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public final class ProteinTrackerTestDatabase {

    private ProteinTrackerTestDatabase() {}
}
