package vn.lienlac.bench.chat.setup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The REST calls the benchmark makes: readiness, the directory (admin token) and opening direct conversations. */
public final class ServerApi {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final String adminToken;

    public ServerApi(URI base, String adminToken) throws IOException {
        if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the benchmark only talks to loopback addresses, not " + base);
        }
        this.base = base;
        this.adminToken = adminToken;
    }

    public URI base() {
        return base;
    }

    /** Polls the district list (needs the database) until it answers 200; fails early if the server exited. */
    public void awaitReady(Duration timeout, Optional<ProcessHandle> server) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = request("/api/v1/directory/districts", adminToken).timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (server.isPresent() && !server.get().isAlive()) {
                throw new IllegalStateException("the server exited before it was ready");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server was not ready within " + timeout.toSeconds() + " s");
    }

    public void put(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = request(path, adminToken).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        expect2xx(http.send(request, HttpResponse.BodyHandlers.ofString()), "PUT " + path);
    }

    /** Posts one CSV file as a snapshot import and returns the server's answer. */
    public String importFile(CsvFiles.ImportFile file, String schoolYear) throws IOException, InterruptedException {
        String path = "/api/v1/directory/schools/" + file.schoolCode() + "/imports/" + file.kind()
                + "?mode=snapshot&schoolYear=" + schoolYear;
        HttpRequest request = request(path, adminToken).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofFile(file.path())).build();
        return expect2xx(http.send(request, HttpResponse.BodyHandlers.ofString()), file.path().getFileName().toString());
    }

    /** {@code GET /api/v1/auth/me} with a person's access token: the status (200 when the token and session work). */
    public int me(String token) throws IOException, InterruptedException {
        HttpRequest request = request("/api/v1/auth/me", token).timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** {@code POST /api/v1/chat/direct} as the holder of {@code token}; returns the status code. */
    public int openDirect(String token, String with) throws IOException, InterruptedException {
        HttpRequest request = request("/api/v1/chat/direct", token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"with\":\"" + with + "\"}")).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private static String expect2xx(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(300, body.length())));
        }
        return response.body();
    }

    /** A JSON string literal. */
    public static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
