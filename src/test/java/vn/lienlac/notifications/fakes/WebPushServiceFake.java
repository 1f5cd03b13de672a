package vn.lienlac.notifications.fakes;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A push service (RFC 8030) on a free loopback port, as strict as the real ones and then some: it is also the user
 * agent, holding each subscription's private key and auth secret, so it decrypts what it receives (RFC 8291).
 *
 * <p>For {@code POST /push/{id}} it requires, in this order, and answers like autopush and FCM do otherwise:
 * a known subscription (404); {@code Authorization: vapid t=<JWT>, k=<key>} (RFC 8292) with an ES256 JWT whose
 * signature verifies with {@code k}, {@code aud} = this service's origin, {@code exp} in the future and at most 24 h
 * ahead, and a {@code sub} of mailto: or https: (401), and {@code k} the key the subscription was made with (403);
 * a {@code TTL} header (400); {@code Content-Encoding: aes128gcm} (415); a valid {@code Urgency} and {@code Topic} if
 * present (400); at most 4096 bytes (413); a body that decrypts (400). Then it answers per the subscription's
 * {@link Mode}: 201 with a {@code Location}, 404, 410, 429 with {@code Retry-After}, or 503. Every request that
 * passed the checks is recorded with its decrypted JSON.
 */
public final class WebPushServiceFake implements AutoCloseable {

    /** How the service answers a valid push for a subscription. */
    public enum Mode {
        CREATED, NOT_FOUND, GONE, TOO_MANY_REQUESTS, UNAVAILABLE
    }

    /** A browser's subscription: what the server stores (endpoint, keys JSON) and what only the browser has. */
    public record Subscription(String id, String endpoint, String keysJson, KeyPair agentKeys, byte[] auth,
            String applicationServerKey) {
    }

    /** One push that passed every check, as the service saw it. */
    public record Received(String subscriptionId, Map<String, String> headers, JsonObject payload, JsonObject vapid,
            int bodyBytes) {
    }

    /** Seconds announced in {@code Retry-After} with 429. */
    public static final int RETRY_AFTER_SECONDS = 42;

    private static final Pattern VAPID = Pattern.compile("vapid\\s+t=([A-Za-z0-9_.-]+)\\s*,\\s*k=([A-Za-z0-9_-]+)");
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private final String origin;

    public WebPushServiceFake() {
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(request -> request.body().onSuccess(body -> answer(request, body)));
        int port = server.listen().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join()
                .actualPort();
        origin = "http://127.0.0.1:" + port;
    }

    /** This service's origin: the {@code aud} a VAPID token for it must carry. */
    public String origin() {
        return origin;
    }

    /** A new subscription made with the given VAPID public key (base64url), answering {@link Mode#CREATED}. */
    public Subscription subscribe(String applicationServerKey) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair agent = generator.generateKeyPair();
            byte[] auth = new byte[16];
            RANDOM.nextBytes(auth);
            String id = UUID.randomUUID().toString();
            String keys = new JsonObject().put("p256dh", b64(uncompressed((ECPublicKey) agent.getPublic())))
                    .put("auth", b64(auth)).encode();
            Subscription subscription = new Subscription(id, origin + "/push/" + id, keys, agent, auth,
                    applicationServerKey);
            subscriptions.put(id, subscription);
            return subscription;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A VAPID public key of some other application server (base64url), for a subscription that is not ours. */
    public static String anotherServersKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return b64(uncompressed((ECPublicKey) generator.generateKeyPair().getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public void mode(Subscription subscription, Mode mode) {
        modes.put(subscription.id(), mode);
    }

    /** The pushes that passed every check, oldest first. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedBy(Subscription subscription) {
        return received.stream().filter(r -> r.subscriptionId().equals(subscription.id())).toList();
    }

    /** Why requests were refused (status and reason), oldest first. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    public long requests() {
        return requests.get();
    }

    private void answer(HttpServerRequest request, Buffer body) {
        requests.incrementAndGet();
        String path = request.path();
        Subscription subscription = path.startsWith("/push/") ? subscriptions.get(path.substring(6)) : null;
        if (!"POST".equals(request.method().name()) || subscription == null) {
            refuse(request, 404, "no such subscription");
            return;
        }
        String failure;
        JsonObject claims;
        Matcher vapid = VAPID.matcher(String.valueOf(request.getHeader("Authorization")));
        if (!vapid.matches()) {
            refuse(request, 401, "Authorization is not 'vapid t=<JWT>, k=<key>'");
            return;
        }
        try {
            claims = verifiedClaims(vapid.group(1), vapid.group(2));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            refuse(request, 401, "VAPID token refused: " + e.getMessage());
            return;
        }
        if ((failure = claimsFailure(claims)) != null) {
            refuse(request, 401, failure);
            return;
        }
        if (!vapid.group(2).equals(subscription.applicationServerKey())) {
            refuse(request, 403, "k is not the key the subscription was made with");
            return;
        }
        String ttl = request.getHeader("TTL");
        if (ttl == null || !ttl.matches("\\d{1,10}")) {
            refuse(request, 400, "TTL header missing or not a number");
            return;
        }
        if (!"aes128gcm".equals(request.getHeader("Content-Encoding"))) {
            refuse(request, 415, "Content-Encoding must be aes128gcm");
            return;
        }
        String urgency = request.getHeader("Urgency");
        if (urgency != null && !List.of("very-low", "low", "normal", "high").contains(urgency)) {
            refuse(request, 400, "bad Urgency");
            return;
        }
        String topic = request.getHeader("Topic");
        if (topic != null && !TOPIC.matcher(topic).matches()) {
            refuse(request, 400, "bad Topic");
            return;
        }
        if (body.length() > 4096) {
            refuse(request, 413, "payload over 4096 bytes");
            return;
        }
        JsonObject payload;
        try {
            payload = new JsonObject(new String(decrypt(subscription, body.getBytes()), StandardCharsets.UTF_8));
        } catch (RuntimeException | GeneralSecurityException e) {
            refuse(request, 400, "payload does not decrypt: " + e);
            return;
        }
        Map<String, String> headers = new ConcurrentHashMap<>();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        received.add(new Received(subscription.id(), Map.copyOf(headers), payload, claims, body.length()));
        Mode mode = modes.getOrDefault(subscription.id(), Mode.CREATED);
        switch (mode) {
            case CREATED -> request.response().setStatusCode(201)
                    .putHeader("Location", origin + "/m/" + UUID.randomUUID()).end();
            case NOT_FOUND -> request.response().setStatusCode(404).end("{\"errno\":102,\"error\":\"Not Found\"}");
            case GONE -> request.response().setStatusCode(410).end("{\"errno\":106,\"error\":\"Gone\"}");
            case TOO_MANY_REQUESTS -> request.response().setStatusCode(429)
                    .putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).end();
            case UNAVAILABLE -> request.response().setStatusCode(503).end("{\"error\":\"Service Unavailable\"}");
        }
    }

    private void refuse(HttpServerRequest request, int status, String reason) {
        refusals.add(status + " " + reason);
        request.response().setStatusCode(status).end(new JsonObject().put("error", reason).encode());
    }

    /** The JWT's claims after its ES256 signature verified with the key {@code k} (RFC 8292 §2, §3). */
    private static JsonObject verifiedClaims(String jwt, String k) throws GeneralSecurityException {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWS compact serialisation");
        }
        JsonObject header = new JsonObject(new String(unb64(parts[0]), StandardCharsets.UTF_8));
        if (!"ES256".equals(header.getString("alg"))) {
            throw new IllegalArgumentException("alg is not ES256");
        }
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(publicKey(unb64(k)));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        byte[] signature = unb64(parts[2]);
        if (signature.length != 64 || !verifier.verify(signature)) {
            throw new IllegalArgumentException("signature does not verify with k");
        }
        return new JsonObject(new String(unb64(parts[1]), StandardCharsets.UTF_8));
    }

    private String claimsFailure(JsonObject claims) {
        if (!origin.equals(claims.getString("aud"))) {
            return "aud is not " + origin;
        }
        Number exp = claims.getNumber("exp");
        long now = Instant.now().getEpochSecond();
        if (exp == null || exp.longValue() <= now || exp.longValue() > now + Duration.ofHours(24).toSeconds()) {
            return "exp missing, past, or more than 24 hours ahead";
        }
        String sub = claims.getString("sub");
        if (sub == null || !(sub.startsWith("mailto:") || sub.startsWith("https:"))) {
            return "sub missing or not mailto:/https:";
        }
        return null;
    }

    /** RFC 8291 §3.4 and RFC 8188 §2, one record: the user agent's side. */
    static byte[] decrypt(Subscription subscription, byte[] body) throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        byte[] senderKey = new byte[in.get() & 0xff];
        in.get(senderKey);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        if (senderKey.length != 65 || recordSize < 18 || ciphertext.length > recordSize) {
            throw new GeneralSecurityException("bad aes128gcm header");
        }
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(subscription.agentKeys().getPrivate());
        agreement.doPhase(publicKey(senderKey), true);
        byte[] shared = agreement.generateSecret();
        byte[] agentKey = uncompressed((ECPublicKey) subscription.agentKeys().getPublic());
        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), agentKey, senderKey);
        byte[] ikm = hkdf(subscription.auth(), shared, keyInfo, 32);
        byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = cipher.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new GeneralSecurityException("last record's padding delimiter is not 0x02");
        }
        return Arrays.copyOf(padded, end);
    }

    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        return Arrays.copyOf(mac.doFinal(), length);
    }

    static ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
        if (uncompressed.length != 65 || uncompressed[0] != 4) {
            throw new GeneralSecurityException("not an uncompressed P-256 point");
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
    }

    static byte[] uncompressed(ECPublicKey key) {
        return concat(new byte[] {4}, fixed32(key.getW().getAffineX()), fixed32(key.getW().getAffineY()));
    }

    private static byte[] fixed32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(32, bytes.length);
        System.arraycopy(bytes, bytes.length - n, out, 32 - n, n);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer out = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        Arrays.stream(parts).forEach(out::put);
        return out.array();
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] unb64(String text) {
        return Base64.getUrlDecoder().decode(text);
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
}
