package io.fieldguide.migration.testing.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.fieldguide.migration.testing.TestTokens;
import io.fieldguide.migration.testing.contract.ContractValidation;
import io.quarkus.logging.Log;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Sends every operation of the service's served OpenAPI document its malformed and hostile
 * variants ({@link HostileRequests}), with no token, a user's token and an admin's, and checks the
 * rules of every service: no 5xx, every 4xx is problem+json with its status, every answer is one
 * the document allows (the hostile requests themselves are not checked against it), and no row of
 * the service's tables changed. A new endpoint is probed as soon as it is documented.
 */
public final class RobustnessProbe {

    /** Beyond the rate limits of the services' test configurations, a 429 is waited out this often. */
    private static final int RATE_LIMIT_RETRIES = 5;

    private final int port;
    private final List<String> violations = new ArrayList<>();
    private int sent;

    /**
     * Subjects of the probe's own, new for each operation: the probe's hundreds of requests then
     * neither spend the rate limits of the users the module's other tests sign in as, nor wait out
     * the per-caller limit (the global ceiling still counts them all).
     */
    private Map<String, String> callers = callers(0);

    private long longestRetryAfter;

    private RobustnessProbe(int port) {
        this.port = port;
    }

    /** Runs the probe against the service under test and fails with every violation found. */
    public static void assertServiceRefusesHostileInput(DataSource dataSource) {
        RobustnessProbe probe = new RobustnessProbe(RestAssured.port);
        String document = RestAssured.given()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<ProbeOperation> operations = OpenApiOperations.read(document);
        assertTrue(operations.size() >= 5, "the served OpenAPI document lists the core's operations at least");
        Map<String, String> before = TableFingerprint.of(dataSource);
        long started = System.nanoTime();
        for (int i = 0; i < operations.size(); i++) {
            probe.callers = callers(i);
            for (ProbeRequest request : HostileRequests.of(operations.get(i))) {
                probe.sendAsEveryCaller(request);
            }
        }
        probe.sendOversizedRequests(operations);
        // The anonymous requests spent the client address's limits: hand the next test fresh ones.
        if (probe.longestRetryAfter > 0) {
            sleep(probe.longestRetryAfter);
        }
        Map<String, String> after = TableFingerprint.of(dataSource);
        Log.infof(
                "Robustness probe: %d operations, %d requests in %d ms, %d violations",
                operations.size(), probe.sent, (System.nanoTime() - started) / 1_000_000, probe.violations.size());
        assertEquals(List.of(), probe.violations, "hostile requests that were not refused cleanly");
        assertEquals(before, after, "the probe's requests changed rows of the service's tables");
    }

    private static Map<String, String> callers(int operation) {
        return Map.of(
                "user",
                TestTokens.bearer(TestTokens.forUser("probe-user-" + operation, "user")),
                "admin",
                TestTokens.bearer(TestTokens.forUser("probe-admin-" + operation, TestTokens.ADMIN_ROLE, "user")));
    }

    private void sendAsEveryCaller(ProbeRequest request) {
        send(request, "no token", null);
        send(request, "user", callers.get("user"));
        send(request, "admin", callers.get("admin"));
    }

    /** A URI and a body beyond the server's limits: the answers come from the HTTP layer, not a resource. */
    private void sendOversizedRequests(List<ProbeOperation> operations) {
        ProbeOperation anyGet = operations.stream()
                .filter(operation -> operation.method().equals("get"))
                .findFirst()
                .orElseThrow();
        send(
                new ProbeRequest(
                        anyGet.name(),
                        "URI of 20000 chars",
                        "get",
                        "/api/migrations?x=" + "x".repeat(20_000),
                        null,
                        null),
                "admin",
                callers.get("admin"));
        operations.stream()
                .filter(ProbeOperation::takesBody)
                .findFirst()
                .ifPresent(operation -> send(
                        new ProbeRequest(
                                operation.name(),
                                "body of 11 MB",
                                operation.method(),
                                operation.path().replaceAll("\\{[^}]*}", SampleValues.ID),
                                "application/json",
                                "\"" + "x".repeat(11 << 20) + "\""),
                        "admin",
                        callers.get("admin")));
    }

    private void send(ProbeRequest request, String caller, String authorization) {
        RawHttp.Answer answer = null;
        for (int attempt = 0; attempt <= RATE_LIMIT_RETRIES; attempt++) {
            sent++;
            answer = RawHttp.send(
                    port, request.method(), request.uri(), authorization, request.contentType(), request.body());
            if (answer.status() != 429) {
                break;
            }
            longestRetryAfter = Math.max(longestRetryAfter, seconds(answer.header("Retry-After")));
            sleep(seconds(answer.header("Retry-After")));
        }
        check(request, caller, answer);
    }

    private void check(ProbeRequest request, String caller, RawHttp.Answer answer) {
        String where = request + " as " + caller + " (" + RawHttp.abbreviated(request.uri()) + ")";
        undocumented(request, answer)
                .ifPresent(finding ->
                        violations.add(where + ": " + answer.status() + " is not an answer the document allows: "
                                + finding + " " + RawHttp.abbreviated(answer.body())));
        if (answer.status() >= 500) {
            violations.add(where + ": " + answer.status() + " " + RawHttp.abbreviated(answer.body()));
        } else if (answer.status() >= 400) {
            String contentType = String.valueOf(answer.header("Content-Type"));
            if (!contentType.startsWith("application/problem+json")
                    || !answer.body().contains("\"status\":" + answer.status())) {
                violations.add(where + ": " + answer.status() + " is not problem+json (" + contentType + ") "
                        + RawHttp.abbreviated(answer.body()));
            }
        }
    }

    /**
     * The answer checked against the served document, as every REST Assured test's answers are; the
     * request is hostile on purpose and is not. A path the hostile value no longer lets the
     * validator match to its operation (a slash, a NUL) is left to the checks above.
     */
    private Optional<String> undocumented(ProbeRequest request, RawHttp.Answer answer) {
        SimpleResponse.Builder response =
                SimpleResponse.Builder.status(answer.status()).withBody(answer.body());
        answer.headers().forEach(response::withHeader);
        String path = request.uri().replaceFirst("\\?.*", "");
        ValidationReport report = ContractValidation.validateResponse(
                "http://localhost:" + port,
                path,
                Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT)),
                response.build());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !message.getKey().equals("validation.request.path.missing"))
                .map(ValidationReport.Message::getMessage)
                .findFirst();
    }

    private static long seconds(String retryAfter) {
        return Math.max(1, retryAfter == null ? 1 : Long.parseLong(retryAfter.trim()));
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(1000L * seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
