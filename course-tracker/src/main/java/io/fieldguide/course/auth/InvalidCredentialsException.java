package io.fieldguide.course.auth;

/** A login with an unknown e-mail address or a wrong password; which of the two is not said. */
class InvalidCredentialsException extends RuntimeException {

    InvalidCredentialsException() {
        super("Unknown e-mail address or wrong password");
    }
}
