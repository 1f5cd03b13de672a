package vn.lienlac.notifications.sms;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import java.time.Instant;
import java.util.List;
import vn.lienlac.notifications.outbox.SendResult;
import vn.lienlac.platform.gateway.JsonAnswers;
import vn.lienlac.platform.gateway.RetryAfter;

/**
 * What an SMS gateway's answer means: 2xx → sent (unless the configured result code in the body says otherwise),
 * 408/429/5xx → retry (with Retry-After), other 4xx → rejected (an invalid phone, a text the carrier refuses).
 * The answer may echo the phone and the text: only status and result codes go into errors.
 */
final class SmsAnswers {

    private final SmsConfig config;

    SmsAnswers(SmsConfig config) {
        this.config = config;
    }

    SendResult read(HttpResponse<Buffer> answer, int segments, Instant now) {
        int status = answer.statusCode();
        if (RetryAfter.retryable(status)) {
            return new SendResult.Retry(RetryAfter.parse(answer.getHeader("Retry-After"), now),
                    "SMS gateway answered HTTP " + status);
        }
        if (status / 100 != 2) {
            return new SendResult.Rejected("SMS gateway answered HTTP " + status);
        }
        JsonNode body = JsonAnswers.parse(answer.bodyAsString());
        if (config.successPointer().isPresent()) {
            String code = JsonAnswers.text(body, config.successPointer().get());
            if (code == null || !config.successValues().contains(code)) {
                String error = "SMS gateway answered HTTP " + status + " with result " + code;
                return config.retryValues().orElse(List.of()).contains(code)
                        ? new SendResult.Retry(null, error)
                        : new SendResult.Rejected(error);
            }
        }
        String providerId = config.providerIdPointer().map(pointer -> JsonAnswers.text(body, pointer)).orElse(null);
        return new SendResult.Sent(providerId, false, segments, segments);
    }
}
