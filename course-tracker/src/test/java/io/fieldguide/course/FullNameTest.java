package io.fieldguide.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldguide.course.user.FullName;
import org.junit.jupiter.api.Test;

/** The application's rule for full_name; MigrationApiTest checks the migration's SQL gives the same. */
class FullNameTest {

    @Test
    void firstAndLast() {
        assertEquals("Ann Smith", FullName.of("Ann", "Smith", "ann@example.com"));
    }

    @Test
    void aMissingOrBlankPartIsLeftOut() {
        assertEquals("Bo", FullName.of("Bo", null, "bo@example.com"));
        assertEquals("Okafor", FullName.of("  ", "Okafor", "x@example.com"));
    }

    @Test
    void neitherFallsBackToTheAddressLocalPart() {
        assertEquals("cy", FullName.of(null, null, "cy@example.com"));
    }
}
