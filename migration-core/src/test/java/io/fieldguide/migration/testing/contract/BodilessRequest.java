package io.fieldguide.migration.testing.contract;

import com.atlassian.oai.validator.model.Request;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request as the validator should see it when it carries no body: without a Content-Type.
 * REST Assured labels even a bodiless POST {@code application/x-www-form-urlencoded}, and the
 * services accept a bodiless POST as JSON ({@code JsonByDefault}); with no body there is no media
 * type to check.
 */
record BodilessRequest(Request request) implements Request {

    private static final String CONTENT_TYPE = "Content-Type";

    static Request of(Request request) {
        return request.getBody().isPresent() || request.getRequestBody().isPresent()
                ? request
                : new BodilessRequest(request);
    }

    @Override
    public String getPath() {
        return request.getPath();
    }

    @Override
    public Method getMethod() {
        return request.getMethod();
    }

    @Override
    @SuppressWarnings("deprecation")
    public Optional<String> getBody() {
        return request.getBody();
    }

    @Override
    public Optional<com.atlassian.oai.validator.model.Body> getRequestBody() {
        return request.getRequestBody();
    }

    @Override
    public Collection<String> getQueryParameters() {
        return request.getQueryParameters();
    }

    @Override
    public Collection<String> getQueryParameterValues(String name) {
        return request.getQueryParameterValues(name);
    }

    @Override
    public Map<String, Collection<String>> getHeaders() {
        return request.getHeaders().entrySet().stream()
                .filter(header -> !header.getKey().equalsIgnoreCase(CONTENT_TYPE))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Collection<String> getHeaderValues(String name) {
        return name.equalsIgnoreCase(CONTENT_TYPE) ? List.of() : request.getHeaderValues(name);
    }
}
