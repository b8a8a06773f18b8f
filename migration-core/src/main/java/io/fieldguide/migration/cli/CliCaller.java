package io.fieldguide.migration.cli;

/** Who the history records as having triggered a CLI run. */
final class CliCaller {

    private CliCaller() {}

    /** {@code cli:<OS user>}, e.g. {@code cli:ada}. */
    static String triggeredBy() {
        String user = System.getProperty("user.name");
        return "cli:" + (user == null || user.isBlank() ? "unknown" : user);
    }
}
