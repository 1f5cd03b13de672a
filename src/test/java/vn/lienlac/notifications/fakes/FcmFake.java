package vn.lienlac.notifications.fakes;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Google's OAuth token endpoint and FCM's HTTP v1 {@code messages:send}, as strict as the real ones for what we send.
 * The token endpoint takes only the JWT-bearer grant with an RS256 assertion signed by the test service account's
 * key (iss = its email, aud = Google's token audience, the firebase.messaging scope, at most an hour long). The send endpoint
 * takes only bearers it issued and not revoked, for its own project, and a message of the documented shape: unknown
 * fields, non-string data values, a bad priority or ttl are refused with 400 INVALID_ARGUMENT as FCM does. A device
 * token can be told to answer as gone, invalid, throttled, unavailable or another sender's.
 */
public final class FcmFake implements AutoCloseable {

    public static final String PROJECT = "lienlac-test";
    public static final String CLIENT_EMAIL = "lienlac-push@lienlac-test.iam.gserviceaccount.com";
    public static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
    /** The audience Google's token endpoint requires in the assertion, wherever token_uri points. */
    public static final String AUDIENCE = "https://oauth2.googleapis.com/token";
    public static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final Pattern TTL = Pattern.compile("\\d+(\\.\\d{1,9})?s");

    /** How a device token answers. */
    public enum Mode {
        /** 404 UNREGISTERED: the app was uninstalled. */
        UNREGISTERED,
        /** 400 INVALID_ARGUMENT on message.token: not a registration token. */
        INVALID_TOKEN,
        /** 429 QUOTA_EXCEEDED with Retry-After: 7. */
        THROTTLED,
        /** 503 UNAVAILABLE. */
        UNAVAILABLE,
        /** 403 SENDER_ID_MISMATCH: the token belongs to another Firebase project. */
        SENDER_MISMATCH
    }

    /** A message FCM accepted. */
    public record Received(String token, JsonObject message) {
    }

    private final KeyPair key;
    private final HttpServer server;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger sendRequests = new AtomicInteger();
    private final AtomicInteger names = new AtomicInteger();

    public FcmFake(Vertx vertx) throws Exception {
        this.key = rsa();
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.post("/token").handler(this::token);
        router.post("/v1/projects/:project/messages:send").handler(this::send);
        this.server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    public String tokenUri() {
        return baseUrl() + "/token";
    }

    /** The service account's JSON key, as the Firebase console hands it out, with token_uri pointing here. */
    public String serviceAccountJson() {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return new JsonObject()
                .put("type", "service_account")
                .put("project_id", PROJECT)
                .put("private_key_id", "0123456789abcdef0123456789abcdef01234567")
                .put("private_key", pem)
                .put("client_email", CLIENT_EMAIL)
                .put("client_id", "100000000000000000001")
                .put("auth_uri", "https://accounts.google.com/o/oauth2/auth")
                .put("token_uri", tokenUri())
                .encode();
    }

    public void answer(String deviceToken, Mode mode) {
        modes.put(deviceToken, mode);
    }

    /** Every access token issued so far stops working (as when Google rotates them): sends answer 401. */
    public void revokeAccessTokens() {
        issued.clear();
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public int sendRequests() {
        return sendRequests.get();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void reset() {
        modes.clear();
        received.clear();
        tokenRequests.set(0);
        sendRequests.set(0);
    }

    private void token(RoutingContext ctx) {
        tokenRequests.incrementAndGet();
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
            oauthError(ctx, "invalid_request", "form body expected");
            return;
        }
        if (!GRANT.equals(ctx.request().getFormAttribute("grant_type"))) {
            oauthError(ctx, "unsupported_grant_type", "Invalid grant_type");
            return;
        }
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireIssuedAt()
                .setRequireExpirationTime()
                .setMaxFutureValidityInMinutes(61)
                .setAllowedClockSkewInSeconds(60)
                .setExpectedIssuer(CLIENT_EMAIL)
                .setExpectedAudience(AUDIENCE)
                .setVerificationKey(key.getPublic())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(ctx.request().getFormAttribute("assertion"));
            if (!List.of(String.valueOf(claims.getClaimValue("scope")).split(" ")).contains(SCOPE)) {
                oauthError(ctx, "invalid_scope", "firebase.messaging scope missing");
                return;
            }
        } catch (InvalidJwtException | RuntimeException e) {
            oauthError(ctx, "invalid_grant", "Invalid JWT Signature.");
            return;
        }
        String accessToken = "ya29.fake-" + UUID.randomUUID();
        issued.add(accessToken);
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("access_token", accessToken).put("expires_in", 3599)
                        .put("token_type", "Bearer").encode());
    }

    private void send(RoutingContext ctx) {
        sendRequests.incrementAndGet();
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")
                || !issued.contains(authorization.substring("Bearer ".length()))) {
            error(ctx, 401, "UNAUTHENTICATED", null, "Request had invalid authentication credentials. Expected "
                    + "OAuth 2 access token, login cookie or other valid authentication credential.", null);
            return;
        }
        if (!PROJECT.equals(ctx.pathParam("project"))) {
            error(ctx, 403, "PERMISSION_DENIED", null, "Permission 'cloudmessaging.messages.create' denied", null);
            return;
        }
        JsonObject message;
        try {
            JsonObject body = ctx.body().asJsonObject();
            String unknown = unknown(body, Set.of("message", "validate_only", "validateOnly"), "");
            if (unknown != null) {
                invalid(ctx, unknown, null);
                return;
            }
            message = body.getJsonObject("message");
        } catch (RuntimeException notJson) {
            invalid(ctx, "Invalid JSON payload received.", null);
            return;
        }
        String problem = shape(message);
        if (problem != null) {
            invalid(ctx, problem, problem.startsWith("message.token") ? "message.token" : null);
            return;
        }
        String token = message.getString("token");
        Mode mode = modes.get(token);
        if (mode != null) {
            switch (mode) {
                case UNREGISTERED -> error(ctx, 404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found.",
                        null);
                case INVALID_TOKEN -> invalid(ctx, "The registration token is not a valid FCM registration token",
                        "message.token");
                case THROTTLED -> {
                    ctx.response().putHeader("Retry-After", "7");
                    error(ctx, 429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", "Quota exceeded for quota metric "
                            + "'Send requests' of service 'fcm.googleapis.com'.", null);
                }
                case UNAVAILABLE -> error(ctx, 503, "UNAVAILABLE", "UNAVAILABLE", "The service is currently "
                        + "unavailable.", null);
                case SENDER_MISMATCH -> error(ctx, 403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH", "SenderId "
                        + "mismatch", null);
            }
            return;
        }
        received.add(new Received(token, message));
        ctx.response().putHeader("Content-Type", "application/json; charset=UTF-8")
                .end(new JsonObject().put("name", "projects/" + PROJECT + "/messages/0:" + names.incrementAndGet())
                        .encode());
    }

    /** What is wrong with a message, as FCM words it, or null. Covers the fields this project sends. */
    private static String shape(JsonObject message) {
        if (message == null) {
            return "message is required";
        }
        String unknown = unknown(message, Set.of("token", "notification", "data", "android"), "message");
        if (unknown != null) {
            return unknown;
        }
        if (!(message.getValue("token") instanceof String token) || token.isBlank()) {
            return "message.token: The registration token is not a valid FCM registration token";
        }
        if (message.getValue("notification") instanceof JsonObject notification) {
            String bad = unknown(notification, Set.of("title", "body", "image"), "message.notification");
            if (bad != null) {
                return bad;
            }
            for (String field : notification.fieldNames()) {
                if (!(notification.getValue(field) instanceof String)) {
                    return "Invalid value at 'message.notification." + field + "' (TYPE_STRING)";
                }
            }
        }
        if (message.getValue("data") instanceof JsonObject data) {
            for (String field : data.fieldNames()) {
                if (!(data.getValue(field) instanceof String)) {
                    return "Invalid value at 'message.data[0].value' (TYPE_STRING)";
                }
            }
        } else if (message.containsKey("data")) {
            return "Invalid value at 'message.data' (type.googleapis.com/google.protobuf.Struct)";
        }
        if (message.getValue("android") instanceof JsonObject android) {
            String bad = unknown(android, Set.of("priority", "ttl", "collapse_key", "collapseKey",
                    "restricted_package_name", "notification", "data"), "message.android");
            if (bad != null) {
                return bad;
            }
            if (android.containsKey("priority") && !Set.of("NORMAL", "HIGH").contains(android.getValue("priority"))) {
                return "Invalid value at 'message.android.priority' (type.googleapis.com/"
                        + "google.firebase.fcm.v1.AndroidConfig.AndroidMessagePriority)";
            }
            if (android.containsKey("ttl") && !(android.getValue("ttl") instanceof String ttl
                    && TTL.matcher(ttl).matches())) {
                return "Invalid value at 'message.android.ttl' (type.googleapis.com/google.protobuf.Duration)";
            }
        }
        return null;
    }

    private static String unknown(JsonObject object, Set<String> known, String at) {
        for (String field : object.fieldNames()) {
            if (!known.contains(field)) {
                return "Invalid JSON payload received. Unknown name \"" + field + "\" at '" + at + "': Cannot find "
                        + "field.";
            }
        }
        return null;
    }

    private static void invalid(RoutingContext ctx, String text, String field) {
        error(ctx, 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT", text, field);
    }

    private static void error(RoutingContext ctx, int status, String googleStatus, String fcmCode, String text,
            String field) {
        JsonArray details = new JsonArray();
        if (fcmCode != null) {
            details.add(new JsonObject().put("@type", "type.googleapis.com/google.firebase.fcm.v1.FcmError")
                    .put("errorCode", fcmCode));
        }
        if (field != null) {
            details.add(new JsonObject().put("@type", "type.googleapis.com/google.rpc.BadRequest")
                    .put("fieldViolations", new JsonArray().add(new JsonObject().put("field", field)
                            .put("description", text))));
        }
        JsonObject error = new JsonObject().put("code", status).put("message", text).put("status", googleStatus);
        if (!details.isEmpty()) {
            error.put("details", details);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=UTF-8")
                .end(new JsonObject().put("error", error).encode());
    }

    private static void oauthError(RoutingContext ctx, String error, String description) {
        ctx.response().setStatusCode(400).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("error", error).put("error_description", description).encode());
    }

    private static KeyPair rsa() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
