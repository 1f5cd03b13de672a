import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GETs of the adoption API with the admin token, timed to the last byte of the body. Loopback only. */
final class AdoptionClient {

    /** The first share of this name in a report: the district's own figures come before its schools'. */
    private static final String SHARE = "\"%s\"\\s*:\\s*\\{\"total\"\\s*:\\s*(\\d+),\\s*\"activated\"\\s*:\\s*(\\d+),"
            + "\\s*\"percent\"\\s*:\\s*([0-9.]+|null)}";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;

    /** One answer and how long it took. */
    record Answer(String body, Duration elapsed) {
    }

    AdoptionClient(URI base, String token) throws IOException {
        if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the benchmark only talks to loopback addresses, not " + base);
        }
        this.base = base;
        this.token = token;
    }

    Answer get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/adoption" + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + ImportCounts.excerpt(body));
        }
        return new Answer(body, elapsed);
    }

    /** {@code activated/total (percent %)} of the first share with this name. */
    static String share(String json, String name) {
        Matcher m = Pattern.compile(SHARE.formatted(name)).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no share " + name + " in " + ImportCounts.excerpt(json));
        }
        return m.group(2) + "/" + m.group(1) + " (" + m.group(3) + " %)";
    }
}
