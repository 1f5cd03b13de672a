package vn.lienlac.notifications.fakes;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A strict SMS brandname gateway on a loopback port, speaking the JSON dialect of docs/notifications.md's example:
 * {@code POST /api/v2/sms} with {@code Authorization: Bearer <key>} and {"to" E.164, "brandname", "text", "unicode"
 * "0"|"1", "requestId" uuid}. It refuses (400, code 99) a wrong brandname, a missing field, a text with characters
 * outside GSM-7 sent as {@code unicode=0}, or a text longer than 5 parts; it answers the same message id for a
 * repeated requestId without sending again. Per phone number a test chooses another answer ({@link Mode}). Answers
 * 200 {"code":"0","data":{"id"}} — or 200 with code "103" (out of balance) or "108" (invalid number), as Vietnamese
 * gateways do.
 */
public final class SmsGatewayFake implements AutoCloseable {

    public static final String PATH = "/api/v2/sms";
    public static final String KEY = "sms-test-key";
    public static final String BRANDNAME = "LIENLAC";
    private static final String GSM7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà\f^{}\\[~]|€";
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** How the gateway answers a phone number. */
    public enum Mode {
        OK, RATE_LIMITED, DOWN, INVALID_PHONE, INVALID_PHONE_IN_200, OUT_OF_BALANCE_IN_200, NO_ANSWER
    }

    /** One accepted or refused request: what arrived and the status answered. */
    public record Call(Map<String, String> headers, JsonObject body, int status, String refusal) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final Map<String, String> sent = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final int port;

    public SmsGatewayFake() {
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(request -> request.body().onSuccess(body -> answer(request, body.toString())));
        port = server.listen().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join()
                .actualPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port + PATH;
    }

    public void mode(String phoneE164, Mode mode) {
        modes.put(phoneE164, mode);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Messages actually sent (requestId → message id): a repeated requestId is not a second message. */
    public Map<String, String> sent() {
        return Map.copyOf(sent);
    }

    private void answer(HttpServerRequest request, String raw) {
        Map<String, String> headers = new ConcurrentHashMap<>();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        if (!request.path().equals(PATH) || !request.method().name().equals("POST")) {
            refuse(request, headers, null, 404, "no such endpoint");
            return;
        }
        if (!("Bearer " + KEY).equals(headers.get("authorization"))) {
            refuse(request, headers, null, 401, "bad key");
            return;
        }
        JsonObject body;
        try {
            body = new JsonObject(raw);
        } catch (RuntimeException notJson) {
            refuse(request, headers, null, 400, "not JSON");
            return;
        }
        String problem = problem(headers, body);
        if (problem != null) {
            refuse(request, headers, body, 400, problem);
            return;
        }
        Mode mode = modes.getOrDefault(body.getString("to"), Mode.OK);
        switch (mode) {
            case NO_ANSWER -> calls.add(new Call(headers, body, 0, null));
            case RATE_LIMITED -> end(request, headers, body, 429, "{\"code\":\"429\",\"message\":\"slow down\"}", "7");
            case DOWN -> end(request, headers, body, 503, "{\"code\":\"503\"}", null);
            case INVALID_PHONE -> end(request, headers, body, 400, "{\"code\":\"108\",\"message\":\"invalid phone\"}",
                    null);
            case INVALID_PHONE_IN_200 -> end(request, headers, body, 200, "{\"code\":\"108\"}", null);
            case OUT_OF_BALANCE_IN_200 -> end(request, headers, body, 200, "{\"code\":\"103\"}", null);
            case OK -> {
                String id = sent.computeIfAbsent(body.getString("requestId"), key -> "sms-" + ids.incrementAndGet());
                end(request, headers, body, 200, new JsonObject().put("code", "0")
                        .put("data", new JsonObject().put("id", id)).encode(), null);
            }
        }
    }

    private static String problem(Map<String, String> headers, JsonObject body) {
        if (!String.valueOf(headers.get("content-type")).startsWith("application/json")) {
            return "content type";
        }
        for (String field : List.of("to", "brandname", "text", "unicode", "requestId")) {
            if (!(body.getValue(field) instanceof String value) || value.isEmpty()) {
                return "missing " + field;
            }
        }
        if (!E164.matcher(body.getString("to")).matches()) {
            return "phone format";
        }
        if (!BRANDNAME.equals(body.getString("brandname"))) {
            return "brandname not registered";
        }
        if (!UUID.matcher(body.getString("requestId")).matches()) {
            return "requestId not a uuid";
        }
        String text = body.getString("text");
        boolean unicode = "1".equals(body.getString("unicode"));
        if (!unicode && !text.codePoints().allMatch(cp -> cp < 0x10000 && GSM7.indexOf(cp) >= 0)) {
            return "text not GSM-7";
        }
        if (text.length() > (unicode ? 335 : 765)) {
            return "text longer than 5 parts";
        }
        return null;
    }

    private void refuse(HttpServerRequest request, Map<String, String> headers, JsonObject body, int status,
            String problem) {
        calls.add(new Call(headers, body, status, problem));
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("code", "99").put("message", problem).encode());
    }

    private void end(HttpServerRequest request, Map<String, String> headers, JsonObject body, int status,
            String answer, String retryAfter) {
        calls.add(new Call(headers, body, status, null));
        if (retryAfter != null) {
            request.response().putHeader("Retry-After", retryAfter);
        }
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(answer);
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
