import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The few calls of the directory API the benchmark needs, with the admin bearer token. Loopback only. */
final class DirectoryClient {

    static final String CSV = "text/csv";
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(10);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final String token;

    DirectoryClient(URI base, String token) throws IOException {
        if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the benchmark only talks to loopback addresses, not " + base);
        }
        this.base = base;
        this.token = token;
    }

    /**
     * Polls the district list (it needs the database and the token) until it answers 200; fails early when the
     * server process has exited. Health lives on the management port, which this client does not know.
     */
    void awaitReady(Duration timeout, Optional<ProcessHandle> server) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/api/v1/directory/districts"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(5))
                .build();
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

    void putDepartment(String code, String name) throws IOException, InterruptedException {
        put("/api/v1/directory/departments/" + code, "{\"name\":" + json(name) + "}");
    }

    void putDistrict(String code, String name, String departmentCode) throws IOException, InterruptedException {
        put("/api/v1/directory/districts/" + code,
                "{\"name\":" + json(name) + ",\"departmentCode\":" + json(departmentCode) + "}");
    }

    void putSchool(String code, String name, String level, String districtCode)
            throws IOException, InterruptedException {
        put("/api/v1/directory/schools/" + code, "{\"name\":" + json(name) + ",\"level\":" + json(level)
                + ",\"districtCode\":" + json(districtCode) + "}");
    }

    /** Posts one CSV file as a snapshot import and returns the server's counts. */
    ImportCounts importFile(CsvExport.ImportFile file, String schoolYear) throws IOException, InterruptedException {
        URI uri = base.resolve("/api/v1/directory/schools/" + file.schoolCode() + "/imports/" + file.kind()
                + "?mode=snapshot&schoolYear=" + schoolYear);
        HttpRequest request = authorised(uri, CSV)
                .timeout(IMPORT_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofFile(file.path()))
                .build();
        return ImportCounts.parse(send(request, file.path().getFileName().toString()));
    }

    private void put(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = authorised(base.resolve(path), "application/json")
                .timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        send(request, "PUT " + path);
    }

    private HttpRequest.Builder authorised(URI uri, String contentType) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .header("Accept", "application/json");
    }

    private String send(HttpRequest request, String what) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String id = response.headers().firstValue("X-Request-Id").orElse("-");
            throw new IllegalStateException(what + " answered " + response.statusCode() + " (X-Request-Id " + id
                    + "): " + ImportCounts.excerpt(response.body()));
        }
        return response.body();
    }

    /** A JSON string literal. */
    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
