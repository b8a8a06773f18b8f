package io.fieldguide.course;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The login limit per client address, over HTTP with two callers: a burst of wrong-password logins
 * from 127.0.0.2, each for another made-up account (so the per-account limit never trips) and each
 * claiming another address in X-Forwarded-For, is refused with 429 once past the limit (10 per 30 s
 * in this test); a login from 127.0.0.1 right after is still answered. X-Forwarded-For is ignored: the
 * caller is the TCP peer, unless quarkus.http.proxy.proxy-address-forwarding is switched on behind a
 * proxy that sets it (then restrict quarkus.http.proxy.trusted-proxies to that proxy), so a client
 * cannot pick a fresh address per request to escape its limit.
 */
@QuarkusTest
@TestProfile(LoginRateLimitTest.TenLoginsPerAddress.class)
class LoginRateLimitTest {

    /**
     * A limit the burst passes whatever the machine's speed: with the tests' 50 per 2 s, a slow
     * machine's password hashing alone keeps a burst under the limit.
     */
    public static class TenLoginsPerAddress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "fieldguide.migration.rate-limit.requests", "10", "fieldguide.migration.rate-limit.window", "30S");
        }
    }

    private static final int LIMIT = 10;

    private static final int BURST = 30;

    @Test
    void aBurstFromOneAddressIsLimitedWithoutLockingOutAnother() throws Exception {
        InetAddress second = InetAddress.getByName("127.0.0.2");
        assumeTrue(canBind(second), "127.0.0.2 is not a loopback address on this machine (only Linux routes 127/8)");
        List<Integer> statuses = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                int n = i;
                answers.add(threads.submit(() -> login(second, "nobody" + n + "@example.com", "198.51.100." + n)));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdown();
        }
        long refused = statuses.stream().filter(status -> status == 429).count();
        long answered = statuses.stream().filter(status -> status == 401).count();
        assertEquals(BURST, refused + answered, "only 401 and 429: " + statuses);
        assertEquals(LIMIT, answered, "the limit, not one more: X-Forwarded-For did not make new callers");
        assertEquals(BURST - LIMIT, refused);

        given().contentType(ContentType.JSON)
                .body("{\"email\":\"someone-else@example.com\",\"password\":\"wrong-password\"}")
                .when()
                .post("/api/auth/login")
                .then()
                .statusCode(401);
    }

    private static boolean canBind(InetAddress address) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** One login from the given local address, over a socket of its own; the answer's status. */
    private static int login(InetAddress from, String email, String forwardedFor) throws IOException {
        byte[] body =
                ("{\"email\":\"" + email + "\",\"password\":\"wrong-password\"}").getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nAccept: application/json, application/problem+json\r\n"
                + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            if (answer.startsWith("HTTP/1.1 429")) {
                assertTrue(answer.contains("application/problem+json"), answer);
                assertTrue(answer.toLowerCase().contains("retry-after:"), answer);
            }
            return Integer.parseInt(answer.substring(9, 12));
        }
    }
}
