package io.fieldguide.protein;

import io.fieldguide.migration.testing.ServiceSmokeTest;
import io.quarkus.test.junit.QuarkusTest;

/** The service boots on a real PostgreSQL and speaks the core's migration API. */
@QuarkusTest
class ProteinTrackerServiceTest extends ServiceSmokeTest {}
