package vn.lienlac.notifications.sms;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.Channel;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.SendResult;
import vn.lienlac.platform.gateway.GatewayClient;
import vn.lienlac.platform.gateway.GatewayPhones;
import vn.lienlac.platform.gateway.GatewayRequest;
import vn.lienlac.platform.gateway.GatewayTemplate;

/**
 * SMS brandname through the HTTP gateway interface of sign-in codes ({@code lienlac.notifications.sms.*},
 * docs/notifications.md): renders the kind's text (transliterated to GSM-7 when the template asks), counts its
 * segments (the cost units), and sends one templated request with the row's idempotency key. Non-blocking.
 */
@ApplicationScoped
public class SmsChannel implements Channel {

    private final SmsConfig config;
    private final Clock clock;
    private final SmsTexts texts;
    private final SmsAnswers answers;
    private final GatewayClient client;

    public SmsChannel(SmsConfig config, Vertx vertx, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.texts = new SmsTexts(config);
        this.answers = new SmsAnswers(config);
        this.client = new GatewayClient(vertx, config.timeout(), "lienlac-sms", config.maxConnections());
    }

    @Override
    public ChannelName name() {
        return ChannelName.SMS;
    }

    @Override
    public boolean configured() {
        return config.url().isPresent();
    }

    @Override
    public Uni<SendResult> send(Attempt attempt) {
        if (!configured()) {
            return Uni.createFrom().item(new SendResult.Rejected("SMS gateway not configured"));
        }
        if (!GatewayPhones.isE164(attempt.address())) {
            return Uni.createFrom().item(new SendResult.Rejected("not an E.164 phone number"));
        }
        SmsTexts.Text text = texts.render(attempt.kind(), attempt.message());
        if (text.problem() != null) {
            return Uni.createFrom().item(new SendResult.Rejected(text.problem()));
        }
        SmsSegments segments = SmsSegments.of(text.text());
        GatewayRequest call = template().render(values(attempt, text.text(), segments));
        return client.send(call)
                .map(answer -> answers.read(answer, segments.segments(), clock.instant()))
                .onFailure().recoverWithItem(e -> new SendResult.Retry(null,
                        "SMS gateway did not answer: " + e.getClass().getSimpleName()));
    }

    private Map<String, String> values(Attempt attempt, String text, SmsSegments segments) {
        Map<String, String> values = new HashMap<>(GatewayTemplate.phoneValues(attempt.address()));
        values.put("message", text);
        values.put("idempotencyKey", attempt.idempotencyKey().toString());
        values.put("brandname", config.brandname());
        values.put("unicode", segments.gsm7() ? "0" : "1");
        return values;
    }

    private GatewayTemplate template() {
        return new GatewayTemplate(config.method(), config.url().orElseThrow(), config.headers(), config.contentType(),
                config.bodyTemplate());
    }

    @PreDestroy
    public void close() {
        client.close();
    }
}
