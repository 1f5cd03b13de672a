package vn.lienlac.notifications.fakes;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.PfxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/**
 * APNs' provider API ({@code POST /3/device/<token>}) as strict as Apple's for what we send: HTTP/2 only over TLS
 * (ALPN h2; a self-signed certificate made for the test with keytool, {@link #certificatePath()} for the client to trust), the
 * provider JWT checked as APNs does (ES256 with the test .p8 key, {@code kid} = key id, {@code iss} = team id,
 * {@code iat} neither older than an hour — ExpiredProviderToken — nor in the future, and not replaced on a connection more
 * often than every 20 minutes — TooManyProviderTokenUpdates), the headers (apns-topic, apns-push-type, apns-priority,
 * apns-expiration, apns-id, apns-collapse-id), and a payload of at most 4 KB with an {@code aps.alert}. A device token
 * can be told to answer as unregistered, throttled, failing or unavailable. Time comes from the test's clock.
 */
public final class ApnsFake implements AutoCloseable {

    public static final String KEY_ID = "ABC123DEFG";
    public static final String TEAM_ID = "DEF123GHIJ";
    public static final String TOPIC = "vn.lienlac.app";
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** How a device token answers. */
    public enum Mode {
        /** 410 Unregistered: the app was removed from the device. */
        UNREGISTERED,
        /** 429 TooManyRequests with Retry-After: 9. */
        THROTTLED,
        /** 500 InternalServerError. */
        FAILING,
        /** 503 ServiceUnavailable. */
        UNAVAILABLE
    }

    /** A notification APNs accepted: the device, the request headers (lower case) and the payload. */
    public record Received(String deviceToken, Map<String, String> headers, JsonObject payload, String jwt) {
    }

    private final Clock clock;
    private final KeyPair key;
    private final Path certificates;
    private final HttpServer server;
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final Set<String> expired = ConcurrentHashMap.newKeySet();
    private final Set<String> jwts = ConcurrentHashMap.newKeySet();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<HttpVersion> versions = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    /** Per connection, the provider token in use and its iat (APNs limits how often a connection's token changes). */
    private final Map<HttpConnection, Map.Entry<String, Instant>> current = new ConcurrentHashMap<>();

    public ApnsFake(Vertx vertx, Clock clock) throws Exception {
        this.clock = clock;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        this.key = generator.generateKeyPair();
        this.certificates = Files.createTempDirectory("apns-fake");
        HttpServerOptions options = new HttpServerOptions()
                .setSsl(true)
                .setUseAlpn(true)
                .setAlpnVersions(List.of(HttpVersion.HTTP_2))
                .setKeyCertOptions(selfSigned(certificates));
        this.server = vertx.createHttpServer(options).requestHandler(this::handle).listen(0, "localhost")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public String baseUrl() {
        return "https://localhost:" + server.actualPort();
    }

    /** The self-signed certificate (PEM) the channel must be told to trust. */
    public String certificatePath() {
        return certificates.resolve("server.pem").toString();
    }

    /** The .p8 signing key as Apple's developer site hands it out (PKCS#8 PEM). */
    public String signingKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    public void answer(String deviceToken, Mode mode) {
        modes.put(deviceToken, mode);
    }

    /** APNs now calls the provider token in use expired (as it does when it thinks it is over an hour old). */
    public void expireCurrentProviderToken() {
        current.values().forEach(inUse -> expired.add(inUse.getKey()));
    }

    /** Distinct provider JWTs seen on accepted requests. */
    public int providerTokens() {
        return jwts.size();
    }

    public int requests() {
        return requests.get();
    }

    /** The HTTP versions requests came in with (APNs speaks only HTTP/2). */
    public List<HttpVersion> versions() {
        return List.copyOf(versions);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void reset() {
        modes.clear();
        received.clear();
        versions.clear();
        requests.set(0);
    }

    private void handle(HttpServerRequest request) {
        requests.incrementAndGet();
        versions.add(request.version());
        request.body().onSuccess(body -> answer(request, body)).onFailure(e -> request.response().reset());
    }

    private void answer(HttpServerRequest request, Buffer body) {
        if (request.version() != HttpVersion.HTTP_2) {
            request.response().setStatusCode(505).end();
            return;
        }
        String path = request.path();
        if (!"POST".equals(request.method().name())) {
            reject(request, 405, "MethodNotAllowed");
            return;
        }
        if (!path.startsWith("/3/device/")) {
            reject(request, 404, "BadPath");
            return;
        }
        String deviceToken = path.substring("/3/device/".length());
        String problem = providerToken(request.connection(), request.getHeader("authorization"));
        if (problem != null) {
            reject(request, problem.equals("TooManyProviderTokenUpdates") ? 429 : 403, problem);
            return;
        }
        String jwt = request.getHeader("authorization").substring("bearer ".length());
        problem = headers(request);
        if (problem != null) {
            reject(request, 400, problem);
            return;
        }
        if (!HEX.matcher(deviceToken).matches()) {
            reject(request, 400, "BadDeviceToken");
            return;
        }
        if (body.length() > 4096) {
            reject(request, 413, "PayloadTooLarge");
            return;
        }
        JsonObject payload;
        try {
            payload = body.toJsonObject();
        } catch (RuntimeException notJson) {
            reject(request, 400, "PayloadEmpty");
            return;
        }
        if (!(payload.getValue("aps") instanceof JsonObject aps) || !(aps.getValue("alert") instanceof JsonObject)) {
            reject(request, 400, "PayloadEmpty");
            return;
        }
        Mode mode = modes.get(deviceToken);
        if (mode != null) {
            switch (mode) {
                case UNREGISTERED -> request.response().setStatusCode(410)
                        .putHeader("apns-id", request.getHeader("apns-id"))
                        .end(new JsonObject().put("reason", "Unregistered")
                                .put("timestamp", clock.millis()).encode());
                case THROTTLED -> {
                    request.response().putHeader("Retry-After", "9");
                    reject(request, 429, "TooManyRequests");
                }
                case FAILING -> reject(request, 500, "InternalServerError");
                case UNAVAILABLE -> reject(request, 503, "ServiceUnavailable");
            }
            return;
        }
        Map<String, String> headers = new TreeMap<>();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        received.add(new Received(deviceToken, headers, payload, jwt));
        jwts.add(jwt);
        request.response().setStatusCode(200).putHeader("apns-id", request.getHeader("apns-id")).end();
    }

    /** What is wrong with the provider token, as APNs words it, or null. */
    private String providerToken(HttpConnection connection, String authorization) {
        if (authorization == null || !authorization.startsWith("bearer ")) {
            return "MissingProviderToken";
        }
        String jwt = authorization.substring("bearer ".length());
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
            jws.setCompactSerialization(jwt);
            jws.setKey(key.getPublic());
            if (!jws.verifySignature() || !KEY_ID.equals(jws.getKeyIdHeaderValue())) {
                return "InvalidProviderToken";
            }
            JwtClaims claims = JwtClaims.parse(jws.getPayload());
            if (!TEAM_ID.equals(claims.getIssuer()) || claims.getIssuedAt() == null) {
                return "InvalidProviderToken";
            }
            Instant issuedAt = Instant.ofEpochSecond(claims.getIssuedAt().getValue());
            Instant now = clock.instant();
            if (issuedAt.isAfter(now.plusSeconds(60))) {
                return "InvalidProviderToken";
            }
            if (expired.contains(jwt) || issuedAt.isBefore(now.minus(Duration.ofHours(1)))) {
                return "ExpiredProviderToken";
            }
            synchronized (current) {
                Map.Entry<String, Instant> inUse = current.get(connection);
                if (inUse != null && !inUse.getKey().equals(jwt)) {
                    if (issuedAt.isBefore(inUse.getValue().plus(Duration.ofMinutes(20)))) {
                        return "TooManyProviderTokenUpdates";
                    }
                }
                current.put(connection, Map.entry(jwt, issuedAt));
            }
            return null;
        } catch (Exception unreadable) {
            return "InvalidProviderToken";
        }
    }

    /** What is wrong with the request headers, as APNs words it, or null. */
    private static String headers(HttpServerRequest request) {
        if (!TOPIC.equals(request.getHeader("apns-topic"))) {
            return request.getHeader("apns-topic") == null ? "MissingTopic" : "TopicDisallowed";
        }
        if (!Set.of("alert", "background").contains(request.getHeader("apns-push-type"))) {
            return "InvalidPushType";
        }
        String priority = request.getHeader("apns-priority");
        if (priority != null && !Set.of("5", "10", "1").contains(priority)) {
            return "BadPriority";
        }
        String expiration = request.getHeader("apns-expiration");
        if (expiration != null && !expiration.matches("\\d{1,12}")) {
            return "BadExpirationDate";
        }
        String id = request.getHeader("apns-id");
        if (id != null && !UUID_TEXT.matcher(id).matches()) {
            return "BadMessageId";
        }
        String collapse = request.getHeader("apns-collapse-id");
        if (collapse != null && collapse.getBytes(StandardCharsets.UTF_8).length > 64) {
            return "BadCollapseId";
        }
        return null;
    }

    private void reject(HttpServerRequest request, int status, String reason) {
        String id = request.getHeader("apns-id");
        request.response().setStatusCode(status).putHeader("apns-id", id == null ? UUID.randomUUID().toString() : id)
                .putHeader("content-type", "application/json").end(new JsonObject().put("reason", reason).encode());
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try (var files = Files.list(certificates)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(certificates);
    }

    /**
     * A self-signed certificate for localhost made with the JDK's keytool (Netty's generator needs BouncyCastle or
     * JDK internals): the key store for the server, and server.pem beside it for the client's trust.
     */
    private static PfxOptions selfSigned(Path dir) throws IOException, InterruptedException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        String store = dir.resolve("server.p12").toString();
        run(keytool, "-genkeypair", "-alias", "apns", "-keyalg", "EC", "-groupname", "secp256r1",
                "-sigalg", "SHA256withECDSA", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store, "-storepass", "changeit");
        run(keytool, "-exportcert", "-rfc", "-alias", "apns", "-keystore", store, "-storepass", "changeit",
                "-file", dir.resolve("server.pem").toString());
        return new PfxOptions().setPath(store).setPassword("changeit");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}
