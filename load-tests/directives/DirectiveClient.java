import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Staff as the API sees them: signs them in with a one-time code (the server's {@code log} provider prints it; the
 * benchmark reads it from the server's log, one sign-in at a time) and sends their requests.
 */
final class DirectiveClient {

    private static final Pattern CODE = Pattern.compile("OTP for [^:]+: (\\d{6})");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Path serverLog;

    DirectiveClient(URI base, Path serverLog) {
        this.base = base;
        this.serverLog = serverLog;
    }

    /** The access token of the person with this E.164 number. */
    String signIn(String phone) throws IOException, InterruptedException {
        int before = codes().size();
        send("POST", "/api/v1/auth/otp/request", null, "{\"phone\":\"" + phone + "\"}", 202);
        Instant deadline = Instant.now().plusSeconds(10);
        List<String> codes = codes();
        while (codes.size() <= before) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no one-time code for " + phone + " in the server log");
            }
            Thread.sleep(50);
            codes = codes();
        }
        String body = send("POST", "/api/v1/auth/otp/verify", null, "{\"phone\":\"" + phone + "\",\"code\":\""
                + codes.get(codes.size() - 1) + "\",\"deviceName\":\"Thử tải\"}", 200);
        return match(ACCESS_TOKEN, body);
    }

    /** POST with a JSON body; returns the new resource's id. */
    long create(String token, String path, String json) throws IOException, InterruptedException {
        return Long.parseLong(match(ID, send("POST", path, token, json, 201)));
    }

    /** GET; returns the body's length in bytes. */
    int get(String token, String path) throws IOException, InterruptedException {
        return send("GET", path, token, null, 200).getBytes(StandardCharsets.UTF_8).length;
    }

    void post(String token, String path) throws IOException, InterruptedException {
        send("POST", path, token, "", 200);
    }

    private String send(String method, String path, String token, String json, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response.body();
    }

    private List<String> codes() throws IOException {
        Matcher m = CODE.matcher(Files.readString(serverLog, StandardCharsets.UTF_8));
        return m.results().map(r -> r.group(1)).toList();
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }
}
