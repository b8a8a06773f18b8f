package io.fieldguide.migration.embedded;

/** A live process that uses the local server: a service, a CLI command, a demo. */
public record ServerClient(long pid, String command) {

    /** "PID 4242: java -jar feeding-tracker/target/quarkus-app/quarkus-run.jar", shortened for a terminal. */
    public String describe() {
        String shown = command.length() > 120 ? command.substring(0, 117) + "..." : command;
        return "PID " + pid + (shown.isBlank() ? "" : ": " + shown);
    }
}
