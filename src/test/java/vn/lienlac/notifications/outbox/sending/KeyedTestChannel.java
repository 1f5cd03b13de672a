package vn.lienlac.notifications.outbox.sending;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.lienlac.notifications.outbox.Attempt;
import vn.lienlac.notifications.outbox.Channel;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.SendResult;

/**
 * A test-only channel under any name, talking to {@link vn.lienlac.notifications.fakes.KeyedProvider} the way the
 * contract asks of real channels: non-blocking, the row's idempotency key sent along, every answer a SendResult.
 */
final class KeyedTestChannel implements Channel {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ChannelName name;
    private final String url;

    KeyedTestChannel(ChannelName name, String url) {
        this.name = name;
        this.url = url;
    }

    @Override
    public ChannelName name() {
        return name;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public Uni<SendResult> send(Attempt attempt) {
        String body = new JsonObject().put("to", attempt.address()).put("title", attempt.message().title())
                .put("body", attempt.message().body()).encode();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Idempotency-Key", attempt.idempotencyKey().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return Uni.createFrom().completionStage(() -> HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .map(this::result);
    }

    private SendResult result(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status / 100 == 2) {
            boolean paid = name.paid();
            return new SendResult.Sent(new JsonObject(response.body()).getString("id"), false, paid ? 1 : 0,
                    paid ? 1 : null);
        }
        if (status == 429 || status / 100 == 5) {
            Duration retryAfter = response.headers().firstValue("Retry-After")
                    .map(s -> Duration.ofSeconds(Long.parseLong(s))).orElse(null);
            return new SendResult.Retry(retryAfter, "HTTP " + status);
        }
        if (status == 404 || status == 410) {
            return new SendResult.Gone("HTTP " + status);
        }
        return new SendResult.Rejected("HTTP " + status);
    }
}
