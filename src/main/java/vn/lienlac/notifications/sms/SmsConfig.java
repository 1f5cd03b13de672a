package vn.lienlac.notifications.sms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SMS brandname channel: the HTTP gateway (templated like the OTP gateway), texts, and delivery reports. */
@ConfigMapping(prefix = "lienlac.notifications.sms")
public interface SmsConfig {

    /** Gateway endpoint; unset turns the SMS channel off. May hold the body's placeholders (URL-encoded there). */
    Optional<String> url();

    /** HTTP method of the gateway call ({@code GET} and {@code HEAD} send no body). */
    @WithDefault("POST")
    String method();

    /** Request headers, e.g. {@code headers.Authorization} (env: LIENLAC_NOTIFICATIONS_SMS_HEADERS_AUTHORIZATION). */
    Map<String, String> headers();

    /**
     * Request body: {phone} {phoneNational} {phoneDigits} {message} {idempotencyKey} {brandname} {unicode} (1 when
     * the text is sent as UCS-2, else 0).
     */
    @WithDefault("{\"to\":\"{phone}\",\"brandname\":\"{brandname}\",\"text\":\"{message}\","
            + "\"requestId\":\"{idempotencyKey}\"}")
    String bodyTemplate();

    /** Content type of the body; values are JSON-escaped for JSON types and URL-encoded for forms. */
    @WithDefault("application/json")
    String contentType();

    /** How long to wait for the gateway before the attempt counts as a timeout (retried). */
    @WithDefault("10s")
    Duration timeout();

    /**
     * Connections this pod keeps open to the SMS gateway: the sends in flight at once (HTTP/1.1, one request per connection).
     * The sender has at most {@code lienlac.notifications.outbox.channel-concurrency} in flight per channel.
     */
    @WithDefault("32")
    int maxConnections();

    /** The registered brandname (sender name), for {brandname}. */
    @WithDefault("LIENLAC")
    String brandname();

    /** How texts are sent unless {@link #encodings()} names the kind: GSM7 (transliterated) or UNICODE. */
    @WithDefault("GSM7")
    SmsEncoding encoding();

    /** Per item kind (lower case, e.g. {@code encodings.health=UNICODE}): overrides {@link #encoding()}. */
    Map<String, SmsEncoding> encodings();

    /** Per item kind (lower case): the text template, overriding the built-in one (docs/notifications.md). */
    Map<String, String> texts();

    /** JSON pointer to the gateway's message id in a 2xx answer, e.g. {@code /data/id}; unset: none. */
    Optional<String> providerIdPointer();

    /** JSON pointer to a result code in a 2xx answer, for gateways that answer 200 with an error; unset: no check. */
    Optional<String> successPointer();

    /** Result codes that mean sent (with {@link #successPointer()}). */
    @WithDefault("0")
    List<String> successValues();

    /** Result codes that mean "try again later" (quota, throttling); any other code rejects the message. */
    Optional<List<String>> retryValues();

    /** Delivery reports posted by the gateway to {@code /api/v1/notifications/receipts/sms}. */
    Receipts receipts();

    interface Receipts {

        /** The shared secret the gateway sends in {@link #header()}; unset refuses every report (401). */
        Optional<String> secret();

        /** The header that carries the secret. */
        @WithDefault("X-Lienlac-Receipt-Secret")
        String header();

        /** JSON pointer to the gateway's message id in a report. */
        @WithDefault("/id")
        String idPointer();

        /** JSON pointer to the delivery status in a report. */
        @WithDefault("/status")
        String statusPointer();

        /** Statuses that mean delivered to the phone. */
        @WithDefault("DELIVERED")
        List<String> deliveredValues();

        /** Statuses that mean it will not be delivered (the row becomes FAILED). */
        @WithDefault("FAILED,UNDELIVERED,EXPIRED")
        List<String> failedValues();
    }
}
