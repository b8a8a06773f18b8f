package io.fieldguide.migration.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A body over quarkus.http.limits.max-body-size (10 MB here), declared by Content-Length, is a 413
 * problem, and the log stays free of errors (the framework's own
 * limit handler used to end the response and then log ERROR "Response has already been written").
 */
@QuarkusTest
class OversizedBodyTest {

    private static final int ELEVEN_MEGABYTES = 11 * 1024 * 1024;

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();

    private final Handler errorCollector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void collectErrors() {
        Logger.getLogger("").addHandler(errorCollector);
    }

    @AfterEach
    void stopCollecting() {
        Logger.getLogger("").removeHandler(errorCollector);
    }

    @Test
    void aDeclaredOversizedBodyIsAProblemAndLogsNoError() throws Exception {
        String answer = post("Content-Length: " + ELEVEN_MEGABYTES, false);

        assertProblem413(answer);
        assertNoErrorLogged();
    }

    private static void assertProblem413(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":413"), answer);
    }

    /** Log records are written after the response; give the event loop a moment to finish. */
    private void assertNoErrorLogged() throws InterruptedException {
        Thread.sleep(500);
        assertEquals(
                List.of(),
                errors.stream()
                        .map(record -> record.getLoggerName() + ": " + record.getMessage())
                        .toList());
    }

    /** Sends 11 MB of JSON-ish bytes (as far as the server reads them) and returns the answer's head and body. */
    private static String post(String lengthHeader, boolean chunked) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/migrations/rollback HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + lengthHeader + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) ' ');
            try {
                for (int sent = 0; sent < ELEVEN_MEGABYTES; sent += block.length) {
                    if (chunked) {
                        out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.write(block);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException closedEarly) {
                // The server answered and closed before reading everything: read the answer.
            }
            return readAnswer(socket.getInputStream());
        }
    }

    /** The head and the Content-Length body: a connection the server keeps open is not read to its end. */
    private static String readAnswer(java.io.InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                return head.toString();
            }
            head.append((char) next);
        }
        java.util.regex.Matcher length =
                java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(body, StandardCharsets.UTF_8);
    }
}
