package io.fieldguide.it.demo;

/** A step of a demo that could not be carried out (an HTTP error, a service that did not start). */
final class DemoFailure extends RuntimeException {

    DemoFailure(String message) {
        super(message);
    }
}
