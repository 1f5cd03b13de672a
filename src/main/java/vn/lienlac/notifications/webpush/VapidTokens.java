package vn.lienlac.notifications.webpush;

import com.interaso.webpush.WebPush;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * VAPID tokens (RFC 8292 §2), one per push service origin, reused: a token is valid for {@link #LIFETIME} and a new
 * one is signed when the cached one is older than {@link #REUSE}, so most sends cost no ECDSA signature and every
 * token has hours left when a push service sees it (RFC 8292 allows up to 24 hours).
 */
@ApplicationScoped
class VapidTokens {

    static final Duration LIFETIME = Duration.ofHours(12);
    static final Duration REUSE = Duration.ofHours(1);

    private final Clock clock;
    private final ConcurrentHashMap<String, Minted> byAudience = new ConcurrentHashMap<>();

    VapidTokens(Clock clock) {
        this.clock = clock;
    }

    String token(WebPush webPush, String audience) {
        Instant now = clock.instant();
        return byAudience.compute(audience, (aud, minted) -> minted != null && minted.webPush() == webPush
                && minted.at().plus(REUSE).isAfter(now) && !minted.at().isAfter(now)
                ? minted : new Minted(webPush.getToken(aud, Math.toIntExact(LIFETIME.toSeconds())), webPush, now))
                .token();
    }

    private record Minted(String token, WebPush webPush, Instant at) {
    }
}
