package io.fieldguide.protein.auth;

/** An unknown e-mail address or a wrong password: one answer for both, so neither is revealed. */
public class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException() {
        super("Unknown e-mail address or wrong password");
    }
}
