package vn.lienlac.identity.otp;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.lienlac.platform.error.ApiException;

/**
 * Sign-in by one-time code: issues six-digit codes to phone numbers and checks them.
 *
 * <p>Each request and each code entry is one transaction holding the client's and the phone's advisory locks (in
 * that order, see {@link OtpStore}): the throttles are counted and the row written under them, so concurrent calls
 * on any pod cannot both slip under a limit. A code is handed to {@link OtpDeliveries} only after its challenge committed, and the
 * answer never waits for the gateway: known and unknown numbers, a slow or a failing gateway all answer alike.
 * Clients are counted by IPv4 address or IPv6 /64 network ({@link ClientKeys}).
 */
@ApplicationScoped
public class OtpService {

    private static final Logger LOG = Logger.getLogger(OtpService.class);
    static final String INVALID_PHONE = "Số điện thoại không hợp lệ.";

    private final Pool pool;
    private final Clock clock;
    private final OtpConfig config;
    private final OtpStore store;
    private final OtpDeliveries deliveries;
    private final OtpHousekeeping housekeeping;
    private final OtpCodes codes;

    public OtpService(Pool pool, Clock clock, OtpConfig config, OtpStore store, OtpDeliveries deliveries,
            OtpHousekeeping housekeeping) {
        this.pool = pool;
        this.clock = clock;
        this.config = config;
        this.store = store;
        this.deliveries = deliveries;
        this.housekeeping = housekeeping;
        this.codes = new OtpCodes(OtpSettings.hmacKey(config, OtpSettings.production()));
    }

    /**
     * Creates a challenge and, when deliver is true, sends the code. Same result and same throttling whether or not
     * deliver is true (the caller passes deliver=false for unknown numbers, to prevent enumeration).
     * Fails with ApiException.tooManyRequests(detail, retryAfterSeconds) when a throttle applies; never because of
     * the gateway (the code is queued for delivery, see {@link OtpDeliveries}).
     */
    public Uni<OtpChallenge> request(String phoneE164, String clientIp, boolean deliver) {
        Optional<ApiException> invalid = invalid(phoneE164, clientIp);
        if (invalid.isPresent()) {
            return Uni.createFrom().failure(invalid.get());
        }
        Instant now = clock.instant();
        String client = ClientKeys.of(clientIp);
        String code = codes.generate();
        OtpChallenge challenge = new OtpChallenge(now.plus(config.codeTtl()), now.plus(config.resendInterval()));
        return pool.withTransaction(conn -> store.lock(conn, client, phoneE164)
                        .chain(() -> store.requestWindow(conn, phoneE164, client, now.minus(OtpThrottles.WINDOW),
                                config.maxPerPhonePerHour(), config.maxRequestsPerIpPerHour()))
                        .chain(window -> OtpThrottles.request(window, now, config)
                                .<Uni<Void>>map(limited -> Uni.createFrom().failure(limited))
                                .orElseGet(() -> store.insert(conn, phoneE164, codes.hash(phoneE164, code), client,
                                        now, challenge.expiresAt()))))
                .invoke(() -> housekeeping.afterRequest(now))
                .invoke(() -> {
                    if (deliver) {
                        deliveries.submit(phoneE164, code, GatewayTemplates.message(config.messageTemplate(), code,
                                config.codeTtl()));
                    }
                })
                .replaceWith(challenge);
    }

    /**
     * True when the code matches the latest live challenge of this phone (not expired, attempts left): consumes it.
     * A wrong code uses one attempt; after maxAttempts wrong codes the challenge is dead (a new request is needed).
     * Fails with tooManyRequests when the per-IP verify throttle applies.
     */
    public Uni<Boolean> verify(String phoneE164, String code, String clientIp) {
        Optional<ApiException> invalid = invalid(phoneE164, clientIp);
        if (invalid.isPresent()) {
            return Uni.createFrom().failure(invalid.get());
        }
        Instant now = clock.instant();
        String client = ClientKeys.of(clientIp);
        String given = code == null ? "" : code.strip();
        return pool.withTransaction(conn -> store.lock(conn, client, phoneE164)
                .chain(() -> store.verifyLimitOldest(conn, client, now.minus(OtpThrottles.WINDOW),
                        config.maxVerifiesPerIpPerHour()))
                .chain(oldest -> OtpThrottles.verify(oldest, now)
                        .<Uni<Void>>map(limited -> Uni.createFrom().failure(limited))
                        .orElseGet(() -> store.recordVerify(conn, client, now)))
                .chain(() -> store.latest(conn, phoneE164))
                .chain(latest -> answer(conn, latest, phoneE164, given, client, now)));
    }

    private Uni<Boolean> answer(SqlConnection conn, StoredChallenge latest, String phone, String code, String client,
            Instant now) {
        if (latest == null || !latest.live(now, config.maxAttempts())) {
            return Uni.createFrom().item(false);
        }
        if (codes.matches(phone, code, latest.codeHash())) {
            return store.consume(conn, latest.id(), now).replaceWith(true);
        }
        if (latest.attempts() + 1 == config.maxAttempts()) {
            LOG.infof("One-time code for %s locked after %d wrong codes (last from %s)", OtpPhones.masked(phone),
                    config.maxAttempts(), client);
        }
        return store.countWrongCode(conn, latest.id()).replaceWith(false);
    }

    private static Optional<ApiException> invalid(String phoneE164, String clientIp) {
        Objects.requireNonNull(clientIp, "clientIp");
        return OtpPhones.isE164(phoneE164) ? Optional.empty() : Optional.of(ApiException.badRequest(INVALID_PHONE));
    }
}
