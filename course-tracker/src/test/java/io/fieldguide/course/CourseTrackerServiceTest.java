package io.fieldguide.course;

import io.fieldguide.migration.testing.ServiceSmokeTest;
import io.quarkus.test.junit.QuarkusTest;

/** The service boots on a real PostgreSQL, is ready once migrated, and speaks the core's migration API. */
@QuarkusTest
class CourseTrackerServiceTest extends ServiceSmokeTest {}
