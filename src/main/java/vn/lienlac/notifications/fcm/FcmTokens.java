package vn.lienlac.notifications.fcm;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The service account's OAuth 2 access token for FCM, cached until {@code margin} before it expires. Google's auth
 * library signs the JWT assertion and calls the key's {@code token_uri} with a blocking HTTP client, so a refresh runs
 * on Mutiny's worker pool, never on the event loop; concurrent sends share the one refresh in flight.
 */
final class FcmTokens {

    private final GoogleCredentials credentials;
    private final Clock clock;
    private final Duration margin;
    private final Object lock = new Object();
    private AccessToken token;
    private CompletableFuture<AccessToken> refreshing;

    FcmTokens(GoogleCredentials credentials, Clock clock, Duration margin) {
        this.credentials = credentials;
        this.clock = clock;
        this.margin = margin;
    }

    /** The bearer to send with: the cached one while fresh, otherwise the result of one refresh. */
    Uni<String> bearer() {
        CompletableFuture<AccessToken> pending;
        synchronized (lock) {
            if (token != null && fresh(token)) {
                return Uni.createFrom().item(token.getTokenValue());
            }
            if (refreshing == null) {
                CompletableFuture<AccessToken> started = new CompletableFuture<>();
                refreshing = started;
                Infrastructure.getDefaultWorkerPool().execute(() -> refreshInto(started));
            }
            pending = refreshing;
        }
        return Uni.createFrom().completionStage(pending).map(AccessToken::getTokenValue);
    }

    /** FCM refused this bearer (401): the next send fetches a new one. */
    void invalidate(String bearer) {
        synchronized (lock) {
            if (token != null && token.getTokenValue().equals(bearer)) {
                token = null;
            }
        }
    }

    private boolean fresh(AccessToken candidate) {
        return candidate.getExpirationTime() == null
                || candidate.getExpirationTime().toInstant().minus(margin).isAfter(clock.instant());
    }

    private void refreshInto(CompletableFuture<AccessToken> started) {
        AccessToken fresh = null;
        RuntimeException failure = null;
        try {
            fresh = credentials.refreshAccessToken(); // blocking: on a worker thread (see bearer())
        } catch (IOException | RuntimeException e) {
            failure = e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
        }
        synchronized (lock) {
            if (fresh != null) {
                token = fresh;
            }
            refreshing = null;
        }
        if (fresh != null) {
            started.complete(fresh);
        } else {
            started.completeExceptionally(failure);
        }
    }
}
