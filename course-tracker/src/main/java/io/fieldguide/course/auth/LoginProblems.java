package io.fieldguide.course.auth;

import io.fieldguide.migration.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A failed login in the problem+json shape of every other error. */
public class LoginProblems {

    @ServerExceptionMapper
    public Response invalidCredentials(InvalidCredentialsException e) {
        return Problem.of(401, "Unauthorized", "invalid-credentials", e.getMessage(), List.of())
                .toBearerChallenge();
    }
}
