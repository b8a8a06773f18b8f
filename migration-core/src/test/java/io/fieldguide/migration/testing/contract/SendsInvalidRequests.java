package io.fieldguide.migration.testing.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (method, or a whole class) that sends requests outside the OpenAPI document on
 * purpose, such as malformed JSON, wrong types or unknown fields, to prove that the service refuses
 * them. Its requests are not checked against the document, its responses still are: the refusal
 * must be a documented answer. The only opt-out of {@link ContractValidation}; say why in
 * {@link #value()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SendsInvalidRequests {

    /** Why the requests break the contract (e.g. "malformed JSON must be a 400 problem"). */
    String value();
}
