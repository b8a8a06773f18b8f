package io.fieldguide.migration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.security.ForbiddenException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CallerAccountTest {

    private static final Function<String, Optional<Long>> ACCOUNTS =
            name -> Optional.ofNullable(Map.of("ada@example.com", 7L).get(name));

    @Test
    void theCallersAccountIsFound() {
        assertEquals(7L, CallerAccount.require("ada@example.com", ACCOUNTS));
    }

    @Test
    void aCallerWithoutAnAccountIsForbiddenByName() {
        ForbiddenException e =
                assertThrows(ForbiddenException.class, () -> CallerAccount.require("bob@example.com", ACCOUNTS));
        assertEquals("No account for bob@example.com", e.getMessage());
    }

    @Test
    void theAnswerCanSayWhatKindOfAccountIsMissingAndHowToGetOne() {
        ForbiddenException e = assertThrows(
                ForbiddenException.class,
                () -> CallerAccount.require(
                        "bob@example.com", ACCOUNTS, "learner", "an instructor registers learners"));
        assertEquals("No learner account for bob@example.com; an instructor registers learners", e.getMessage());
    }

    @Test
    void aTokenNamingNoCallerIsNeverLookedUp() {
        assertThrows(
                ForbiddenException.class,
                () -> CallerAccount.require(" ", name -> {
                    throw new AssertionError("looked up " + name);
                }));
    }
}
