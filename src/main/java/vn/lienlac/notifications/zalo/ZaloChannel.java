package vn.lienlac.notifications.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.Channel;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.SendResult;
import vn.lienlac.platform.gateway.GatewayClient;
import vn.lienlac.platform.gateway.GatewayPhones;
import vn.lienlac.platform.gateway.JsonAnswers;
import vn.lienlac.platform.gateway.RetryAfter;

/**
 * Zalo Notification Service: one approved template message to a Vietnamese phone number
 * ({@code POST /message/template}, header {@code access_token}, body {phone "84…", template_id, template_data with
 * diacritics, tracking_id = the row's idempotency key}). Answers are read by {@link ZaloErrors}; on an invalid token it
 * refreshes ({@link ZaloTokens}) and sends once more with the same tracking id. Non-blocking.
 */
@ApplicationScoped
public class ZaloChannel implements Channel {

    private final ZaloConfig config;
    private final Clock clock;
    private final GatewayClient client;
    private final ZaloTokens tokens;

    /** Every pod of a deployment: the tokens shared through PostgreSQL. */
    @Inject
    public ZaloChannel(ZaloConfig config, Vertx vertx, Clock clock, SharedZaloTokenStore store) {
        this(config, vertx, clock, (ZaloTokenStore) store);
    }

    /** One process alone (the tokens in its memory). */
    public ZaloChannel(ZaloConfig config, Vertx vertx, Clock clock) {
        this(config, vertx, clock, new LocalZaloTokenStore(config));
    }

    ZaloChannel(ZaloConfig config, Vertx vertx, Clock clock, ZaloTokenStore store) {
        this.config = config;
        this.clock = clock;
        this.client = new GatewayClient(vertx, config.timeout(), "lienlac-zalo", config.maxConnections());
        this.tokens = new ZaloTokens(config, client.web(), store);
    }

    @Override
    public ChannelName name() {
        return ChannelName.ZALO;
    }

    @Override
    public boolean configured() {
        return tokens.available() && !config.templates().isEmpty();
    }

    @Override
    public Uni<SendResult> send(Attempt attempt) {
        if (!GatewayPhones.isE164(attempt.address()) || !attempt.address().startsWith("+84")) {
            return Uni.createFrom().item(new SendResult.Rejected("ZNS reaches Vietnamese phone numbers only"));
        }
        String template = config.templates().getOrDefault(attempt.kind().name().toLowerCase(Locale.ROOT),
                attempt.message().template());
        if (template == null || !tokens.available()) {
            return Uni.createFrom().item(new SendResult.Rejected("no ZNS template or token for " + attempt.kind()));
        }
        JsonObject body = new JsonObject()
                .put("phone", attempt.address().substring(1))
                .put("template_id", template)
                .put("template_data", new JsonObject(new LinkedHashMap<>(attempt.message().params())))
                .put("tracking_id", attempt.idempotencyKey().toString());
        return tokens.current()
                .chain(token -> post(body, token).chain(answer -> tokenInvalid(answer)
                        ? tokens.refresh(token).chain(fresh -> post(body, fresh))
                        : Uni.createFrom().item(answer)))
                .map(this::read)
                .onFailure().recoverWithItem(e -> new SendResult.Retry(null, e instanceof IllegalStateException
                        ? e.getMessage() : "Zalo did not answer: " + e.getClass().getSimpleName()));
    }

    private Uni<HttpResponse<Buffer>> post(JsonObject body, String token) {
        return client.web().postAbs(config.url())
                .timeout(config.timeout().toMillis())
                .putHeader("access_token", token)
                .sendJsonObject(body);
    }

    private static boolean tokenInvalid(HttpResponse<Buffer> answer) {
        JsonNode body = JsonAnswers.parse(answer.bodyAsString());
        return answer.statusCode() / 100 == 2
                && String.valueOf(ZaloErrors.TOKEN_INVALID).equals(JsonAnswers.text(body, "/error"));
    }

    private SendResult read(HttpResponse<Buffer> answer) {
        int status = answer.statusCode();
        if (RetryAfter.retryable(status)) {
            return new SendResult.Retry(RetryAfter.parse(answer.getHeader("Retry-After"), clock.instant()),
                    "Zalo answered HTTP " + status);
        }
        JsonNode body = JsonAnswers.parse(answer.bodyAsString());
        String error = JsonAnswers.text(body, "/error");
        if (status / 100 != 2 || error == null) {
            return new SendResult.Rejected("Zalo answered HTTP " + status + " without a result");
        }
        int code;
        try {
            code = Integer.parseInt(error);
        } catch (NumberFormatException notANumber) {
            return new SendResult.Rejected("Zalo answered error " + error);
        }
        if (code == 0) {
            return new SendResult.Sent(JsonAnswers.text(body, "/data/msg_id"), false, 1, null);
        }
        return ZaloErrors.of(code, JsonAnswers.text(body, "/message"));
    }

    @PreDestroy
    public void close() {
        client.close();
    }
}
