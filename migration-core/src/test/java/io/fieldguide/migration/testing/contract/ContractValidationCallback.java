package io.fieldguide.migration.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.lang.reflect.Method;

/**
 * Puts {@link ContractValidation} in front of every {@code @QuarkusTest} of every module that has
 * the core's test-jar, with no line in the module: Quarkus finds this callback through
 * {@code META-INF/services} of the test-jar.
 *
 * <p>Why a Quarkus test callback and not a JUnit extension: Quarkus loads a {@code @QuarkusTest}
 * class, and REST Assured with it, in its own class loader, and runs these callbacks there, so the
 * filter lands in the {@code RestAssured} the test really uses; an auto-detected JUnit extension
 * would also need a {@code junit-platform.properties} switch in each module (easy to forget in a
 * new one). It registers a global {@code RestAssured} filter, so every {@code given()} of the test
 * goes through it.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ContractValidation.INSTANCE)) {
            RestAssured.filters(ContractValidation.INSTANCE);
        }
        SendsInvalidRequests exemption = exemption(context.getTestMethod(), context.getTestInstance());
        if (exemption == null) {
            ContractValidation.INSTANCE.checkRequestsAgain();
        } else {
            ContractValidation.INSTANCE.exemptRequests(exemption.value());
        }
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        ContractValidation.INSTANCE.checkRequestsAgain();
    }

    private static SendsInvalidRequests exemption(Method method, Object test) {
        SendsInvalidRequests onMethod = method.getAnnotation(SendsInvalidRequests.class);
        if (onMethod != null) {
            return onMethod;
        }
        for (Class<?> type = test.getClass(); type != null; type = type.getSuperclass()) {
            SendsInvalidRequests onClass = type.getAnnotation(SendsInvalidRequests.class);
            if (onClass != null) {
                return onClass;
            }
        }
        return null;
    }
}
