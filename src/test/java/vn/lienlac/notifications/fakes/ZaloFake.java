package vn.lienlac.notifications.fakes;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * A strict Zalo Notification Service on a loopback port: {@code POST /message/template} (header {@code access_token},
 * JSON {phone "84…", template_id, template_data, tracking_id}) and the OA token refresh {@code POST
 * /v4/oa/access_token} (header {@code secret_key}, form refresh_token + app_id + grant_type; refresh tokens are single
 * use, as Zalo's). It answers with Zalo's result codes: -124 for a token it did not issue (or one it expired), -108 for
 * a phone not in the 84 form, -109 for an unknown template, -112 when template_data misses a parameter, has one the
 * template does not, or a value that is empty or not NFC; and, per phone number, whatever a test chooses
 * ({@link Mode}). The same tracking_id answers the first msg_id again and is not a second message.
 */
public final class ZaloFake implements AutoCloseable {

    public static final String SEND_PATH = "/message/template";
    public static final String OAUTH_PATH = "/v4/oa/access_token";
    public static final String APP_ID = "4318264915612345678";
    public static final String APP_SECRET = "zalo-app-secret";
    public static final String OA_SECRET = "zalo-oa-secret";
    public static final String FIRST_TOKEN = "zalo-token-1";
    public static final String FIRST_REFRESH = "zalo-refresh-1";
    private static final Pattern PHONE = Pattern.compile("84[35789]\\d{8}");

    /** How Zalo answers a phone number. */
    public enum Mode {
        OK(0, "Success"), NO_ZALO(-118, "Zalo account not existed"), CANNOT_RECEIVE(-119,
                "Account can not receive ZNS"), USER_REFUSED(-114, "User is inactive"), OUT_OF_QUOTA(-115,
                "Out of quota"), RATE_LIMITED(0, null), DOWN(0, null);

        final int error;
        final String message;

        Mode(int error, String message) {
            this.error = error;
            this.message = message;
        }
    }

    /** One send as Zalo saw it, and the error code it answered (null: an HTTP error). */
    public record Call(String token, JsonObject body, Integer error) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Set<String>> templates = new ConcurrentHashMap<>();
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final Map<String, String> sent = new ConcurrentHashMap<>();
    private final AtomicReference<String> token = new AtomicReference<>(FIRST_TOKEN);
    private final AtomicReference<String> refresh = new AtomicReference<>(FIRST_REFRESH);
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final int port;

    public ZaloFake() {
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(request -> request.body().onSuccess(body -> {
                    if (request.method().name().equals("POST") && request.path().equals(SEND_PATH)) {
                        send(request, body.toString());
                    } else if (request.method().name().equals("POST") && request.path().equals(OAUTH_PATH)) {
                        oauth(request, body.toString());
                    } else {
                        request.response().setStatusCode(404).end();
                    }
                }));
        port = server.listen().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join()
                .actualPort();
    }

    public String sendUrl() {
        return "http://127.0.0.1:" + port + SEND_PATH;
    }

    public String oauthUrl() {
        return "http://127.0.0.1:" + port + OAUTH_PATH;
    }

    /** Registers an approved template and its parameters. */
    public void template(String id, String... params) {
        templates.put(id, Set.of(params));
    }

    public void mode(String phoneE164, Mode mode) {
        modes.put(phoneE164.substring(1), mode);
    }

    /** Makes the current access token expire: the next send answers -124 until the token is refreshed. */
    public void expireToken() {
        token.set("expired-" + ids.incrementAndGet());
    }

    public int refreshes() {
        return refreshes.get();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Messages actually sent: tracking_id → msg_id. */
    public Map<String, String> sent() {
        return Map.copyOf(sent);
    }

    /** Zalo's webhook signature: hex sha256 of app id + body + timestamp + OA secret key. */
    public static String signature(String appId, String body, String timestamp, String oaSecret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((appId + body + timestamp + oaSecret).getBytes(StandardCharsets.UTF_8));
            return "mac=" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The webhook event ZNS posts when the message reached the phone. */
    public static String receivedEvent(String msgId, String timestamp) {
        return new JsonObject().put("app_id", APP_ID).put("event_name", "user_received_message")
                .put("timestamp", timestamp).put("sender", new JsonObject().put("id", "579745863508352884"))
                .put("recipient", new JsonObject().put("id", "8541267391835624621"))
                .put("message", new JsonObject().put("msg_id", msgId).put("delivery_time", timestamp)
                        .put("tracking_id", "t")).encode();
    }

    private void send(HttpServerRequest request, String raw) {
        String given = request.getHeader("access_token");
        JsonObject body;
        try {
            body = new JsonObject(raw);
        } catch (RuntimeException notJson) {
            answer(request, given, null, -106, "Method unsupported");
            return;
        }
        if (!token.get().equals(given)) {
            answer(request, given, body, -124, "Access token invalid");
            return;
        }
        if (!String.valueOf(request.getHeader("Content-Type")).startsWith("application/json")
                || !(body.getValue("phone") instanceof String phone) || !PHONE.matcher(phone).matches()) {
            answer(request, given, body, -108, "Phone number invalid");
            return;
        }
        Set<String> params = templates.get(String.valueOf(body.getValue("template_id")));
        if (params == null) {
            answer(request, given, body, -109, "Template ID invalid");
            return;
        }
        if (!(body.getValue("template_data") instanceof JsonObject data) || !validData(params, data)
                || !(body.getValue("tracking_id") instanceof String tracking) || tracking.isEmpty()
                || tracking.length() > 48) {
            answer(request, given, body, -112, "Template data invalid");
            return;
        }
        Mode mode = modes.getOrDefault(phone, Mode.OK);
        if (mode == Mode.RATE_LIMITED || mode == Mode.DOWN) {
            calls.add(new Call(given, body, null));
            if (mode == Mode.RATE_LIMITED) {
                request.response().putHeader("Retry-After", "30");
            }
            request.response().setStatusCode(mode == Mode.RATE_LIMITED ? 429 : 502).end();
            return;
        }
        if (mode != Mode.OK) {
            answer(request, given, body, mode.error, mode.message);
            return;
        }
        String msgId = sent.computeIfAbsent(tracking, key -> "zns-msg-" + ids.incrementAndGet());
        calls.add(new Call(given, body, 0));
        reply(request, new JsonObject().put("error", 0).put("message", "Success").put("data", new JsonObject()
                .put("msg_id", msgId).put("sent_time", "1765112400000")
                .put("quota", new JsonObject().put("dailyQuota", "500").put("remainingQuota", "499"))));
    }

    private static boolean validData(Set<String> params, JsonObject data) {
        return data.fieldNames().equals(params) && data.getMap().values().stream().allMatch(value ->
                value instanceof String text && !text.isBlank()
                        && Normalizer.isNormalized(text, Normalizer.Form.NFC));
    }

    private void oauth(HttpServerRequest request, String raw) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            form.add(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        boolean valid = APP_SECRET.equals(request.getHeader("secret_key"))
                && String.valueOf(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded")
                && APP_ID.equals(form.get("app_id")) && "refresh_token".equals(form.get("grant_type"))
                && refresh.get().equals(form.get("refresh_token"));
        if (!valid) {
            reply(request, new JsonObject().put("error", -14014).put("error_name", "Invalid refresh token"));
            return;
        }
        int n = refreshes.incrementAndGet();
        token.set("zalo-token-refreshed-" + n);
        refresh.set("zalo-refresh-" + (n + 1));
        reply(request, new JsonObject().put("access_token", token.get()).put("refresh_token", refresh.get())
                .put("expires_in", "90000"));
    }

    private void answer(HttpServerRequest request, String given, JsonObject body, int error, String message) {
        calls.add(new Call(given, body, error));
        reply(request, new JsonObject().put("error", error).put("message", message));
    }

    private static void reply(HttpServerRequest request, JsonObject answer) {
        request.response().putHeader("Content-Type", "application/json").end(answer.encode());
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
