package io.fieldguide.course;

/**
 * Example bodies of this module's operations for the OpenAPI document, in one place (the problems
 * every service answers alike are the core's {@code ProblemExamples}).
 */
public final class Examples {

    public static final String LOGIN_REQUEST =
            """
            {"email": "ada@example.com", "password": "correct horse battery staple"}""";

    public static final String LOGIN_RESPONSE =
            """
            {"token": "eyJhbGciOiJSUzI1NiJ9...", "tokenType": "Bearer", "expiresAt": "2026-11-21T11:30:00Z",
             "user": {"id": "0f8b6a2e-1c1e-4d7a-9a43-2b8f1c1d2e3f", "email": "ada@example.com",
                      "fullName": "Ada Lovelace", "roles": ["instructor", "migration-admin"]}}""";

    public static final String COURSE_REQUEST =
            """
            {"title": "PostgreSQL migrations", "description": "Schema changes without downtime"}""";

    public static final String COURSE =
            """
            {"id": 1, "title": "PostgreSQL migrations", "description": "Schema changes without downtime",
             "createdAt": "2026-11-21T10:30:00Z"}""";

    public static final String EPISODE_REQUEST =
            """
            {"title": "Reversible migrations", "episodeNumber": 1, "durationSeconds": 720}""";

    public static final String EPISODE =
            """
            {"id": 7, "courseId": 1, "episodeNumber": 1, "title": "Reversible migrations", "durationSeconds": 720,
             "createdAt": "2026-11-21T10:30:00Z"}""";

    public static final String NOTE_REQUEST =
            """
            {"episodeId": 7, "content": "Undo scripts run in one transaction"}""";

    public static final String NOTE =
            """
            {"id": 42, "episodeId": 7, "content": "Undo scripts run in one transaction",
             "createdAt": "2026-11-21T10:30:00Z", "updatedAt": "2026-11-21T10:31:00Z"}""";

    public static final String FAVORITE =
            """
            {"courseId": 1, "title": "PostgreSQL migrations", "createdAt": "2026-11-21T10:30:00Z"}""";

    public static final String PREFERENCES = """
            {"theme": "dark", "notificationsEnabled": false}""";

    public static final String PROBLEM_400 =
            """
            {"type": "https://fieldguide.io/problems/validation", "title": "Bad Request", "status": 400,
             "detail": "content must not be blank", "errors": [{"field": "content", "message": "must not be blank"}]}""";

    public static final String PROBLEM_LOGIN_401 =
            """
            {"type": "https://fieldguide.io/problems/invalid-credentials", "title": "Unauthorized", "status": 401,
             "detail": "Unknown e-mail address or wrong password"}""";

    public static final String PROBLEM_404 =
            """
            {"type": "https://fieldguide.io/problems/not-found", "title": "Not Found", "status": 404,
             "detail": "No note 42"}""";

    public static final String PROBLEM_409 =
            """
            {"type": "https://fieldguide.io/problems/refused", "title": "Conflict", "status": 409,
             "detail": "Course 1 already has an episode 1", "subject": "episodeNumber"}""";

    private Examples() {}
}
