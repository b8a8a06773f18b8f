package io.fieldguide.migration.testing.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every REST Assured exchange of a test against the OpenAPI document the service under test
 * serves ({@code /q/openapi}), with Atlassian's swagger-request-validator: a request or a response
 * that the document does not allow fails the test, so the document cannot drift from the code.
 *
 * <p>Only {@code /api/...} is the services' documented API; Quarkus's own endpoints ({@code /q/...})
 * and the HTML console are not in the document and pass unchecked. The document is read once per
 * running service (scheme, host and port).
 */
public final class ContractValidation implements Filter {

    static final ContractValidation INSTANCE = new ContractValidation();

    /**
     * The one rule that is relaxed: a request without the token an operation requires. The service
     * checks tokens itself, and the answer it gives (401 problem+json) is in the document and
     * checked; tests send such requests on purpose to prove exactly that.
     */
    private static final LevelResolver LEVELS = LevelResolver.create()
            .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
            .build();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

    private volatile String requestExemption;

    private ContractValidation() {}

    /** From now until {@link #checkRequestsAgain()}, only responses are checked; {@code reason} says why. */
    void exemptRequests(String reason) {
        this.requestExemption = reason;
    }

    void checkRequestsAgain() {
        this.requestExemption = null;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification spec, FilterContext context) {
        Response response = context.next(request, spec);
        String path = request.getDerivedPath();
        if (path == null || !path.startsWith("/api/")) {
            return response;
        }
        OpenApiInteractionValidator validator = validators.computeIfAbsent(origin(request), ContractValidation::load);
        Request exchange = BodilessRequest.of(RestAssuredRequest.of(request));
        ValidationReport report = requestExemption == null
                ? validator.validate(exchange, RestAssuredResponse.of(response))
                : validator.validateResponse(path, exchange.getMethod(), RestAssuredResponse.of(response));
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + path + " answered " + response.statusCode()
                    + ", which the served OpenAPI document does not allow:\n"
                    + SimpleValidationReportFormat.getInstance().apply(report)
                    + "\nResponse body: " + response.asString());
        }
        return response;
    }

    /** Checks one exchange the test made without REST Assured (e.g. over a raw socket). */
    public static ValidationReport validateResponse(
            String origin, String path, Request.Method method, com.atlassian.oai.validator.model.Response response) {
        return INSTANCE.validators
                .computeIfAbsent(origin, ContractValidation::load)
                .validateResponse(path, method, response);
    }

    private static String origin(FilterableRequestSpecification request) {
        URI uri = URI.create(request.getURI());
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static OpenApiInteractionValidator load(String origin) {
        try {
            HttpResponse<String> document = HTTP.send(
                    HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new IllegalStateException(
                        "The service serves no OpenAPI document at " + origin + "/q/openapi: " + document.statusCode());
            }
            return OpenApiInteractionValidator.createForInlineApiSpecification(document.body())
                    .withLevelResolver(LEVELS)
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the OpenAPI document of " + origin, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the OpenAPI document of " + origin, e);
        }
    }
}
