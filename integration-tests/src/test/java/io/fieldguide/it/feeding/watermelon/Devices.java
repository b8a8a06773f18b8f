package io.fieldguide.it.feeding.watermelon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * WatermelonDB databases in one Node process ({@code driver.js}), each a device running the app
 * code of the README: one JSON command per line in, one JSON answer per line out.
 */
final class Devices implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process node;
    private final BufferedWriter commands;
    private final BufferedReader answers;
    private final Path log;

    Devices(Path project, String serverUrl) throws IOException {
        log = Files.createTempFile("watermelon-driver", ".log");
        node = new ProcessBuilder("node", "driver.js", serverUrl)
                .directory(project.toFile())
                .redirectError(log.toFile())
                .start();
        commands = new BufferedWriter(new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8));
        answers = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    }

    void open(String device, int schemaVersion) throws IOException {
        call("open", device, Map.of("schema_version", schemaVersion));
    }

    String create(String device, long feedingTime, String foodType, String notes) throws IOException {
        return call("create", device, Map.of("feeding_time", feedingTime, "food_type", foodType, "notes", notes))
                .path("id")
                .asText();
    }

    void update(String device, String id, Map<String, String> columns) throws IOException {
        ObjectNode arguments = JSON.valueToTree(columns);
        arguments.put("id", id);
        call("update", device, arguments);
    }

    void delete(String device, String id) throws IOException {
        call("delete", device, Map.of("id", id));
    }

    /** {@code attempts} (2 after a conflict), {@code remote_change_count}, {@code local_change_count}. */
    JsonNode sync(String device) throws IOException {
        return call("sync", device, Map.of());
    }

    /** {@link #sync}, with {@code racer} syncing between this device's pull and its push. */
    JsonNode syncRaced(String device, String racer) throws IOException {
        return call("sync_raced", device, Map.of("racer", racer));
    }

    /** {@code records} (raw, by id, without WatermelonDB's bookkeeping) and {@code unsynced}. */
    JsonNode records(String device) throws IOException {
        return call("records", device, Map.of());
    }

    private JsonNode call(String op, String device, Object arguments) throws IOException {
        ObjectNode command = JSON.valueToTree(arguments);
        command.put("op", op).put("device", device);
        commands.write(JSON.writeValueAsString(command));
        commands.newLine();
        commands.flush();
        String line = answers.readLine();
        if (line == null) {
            throw new IllegalStateException("the Node driver exited: " + Files.readString(log));
        }
        JsonNode answer = JSON.readTree(line);
        if (!answer.path("ok").asBoolean()) {
            throw new IllegalStateException(
                    device + " " + op + " failed: " + answer.path("error").asText());
        }
        return answer.path("result");
    }

    @Override
    public void close() throws Exception {
        commands.close();
        if (!node.waitFor(10, TimeUnit.SECONDS)) {
            node.destroyForcibly();
        }
    }
}
