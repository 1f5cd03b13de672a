package vn.lienlac.notifications.outbox.sending;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.lienlac.notifications.budget.BudgetScope;
import vn.lienlac.notifications.budget.Budgets;
import vn.lienlac.notifications.outbox.Channel;
import vn.lienlac.notifications.outbox.SendResult;

/**
 * One claimed row, from its verdict to its outcome: the step rules first ({@link StepRules}), then the channel, then
 * the row's next state. {@code Sent} → SENT or DELIVERED; {@code Retry} (and a failed or hung send) → QUEUED again
 * after {@link Backoff}, or FAILED after max-attempts tries, or EXPIRED when the next try would come after
 * expires_at; {@code Gone} → FAILED and the push endpoint removed (also when the sign-in session that registered
 * the endpoint has ended); {@code Rejected} → FAILED. The row's idempotency
 * key is never changed. A paid row first reserves a unit of its school's (or district office's) monthly budget: when
 * none is left, a non-urgent row ends SKIPPED ('budget'); an urgent one goes and is counted.
 */
@ApplicationScoped
public class Sending {

    private static final Logger LOG = Logger.getLogger(Sending.class);
    /** Units reserved before a paid send; corrected to the channel's cost_units after it. */
    private static final int RESERVED_UNITS = 1;
    static final String BUDGET = "budget";

    private final OutboxFinishes finishes;
    private final Channels channels;
    private final SenderMetrics metrics;
    private final Clock clock;
    private final SenderConfig config;
    private final Backoff backoff;
    private final Budgets budgets;

    public Sending(OutboxFinishes finishes, Channels channels, SenderMetrics metrics, Clock clock,
            SenderConfig config, Budgets budgets) {
        this.budgets = budgets;
        this.finishes = finishes;
        this.channels = channels;
        this.metrics = metrics;
        this.clock = clock;
        this.config = config;
        this.backoff = new Backoff(config.backoffBase(), config.backoffCap());
    }

    Uni<Void> handle(Claim claim, String pod) {
        Instant now = clock.instant();
        Verdict verdict = StepRules.decide(claim, now, config.maxAttempts());
        if (verdict instanceof Verdict.Skip skip) {
            return skip(claim, pod, skip.reason(), now);
        }
        if (verdict instanceof Verdict.Expire) {
            return expire(claim, pod, "expired", now);
        }
        if (verdict instanceof Verdict.Fail fail) {
            return fail(claim, pod, fail.reason(), fail.error(), now);
        }
        if (claim.signedOut()) {
            // The person signed out of that device (or the session ended): never wake it again, as if gone.
            return outcome(claim, pod, new SendResult.Gone("signed out of the device that registered the endpoint"));
        }
        return send(claim, pod);
    }

    Uni<Void> skip(Claim claim, String pod, String reason, Instant now) {
        return finishes.end(claim, pod, "SKIPPED", reason, now)
                .invoke(changed -> count(changed, () -> metrics.skipped(claim.channel(), reason))).replaceWithVoid();
    }

    private Uni<Void> send(Claim claim, String pod) {
        Channel channel = channels.get(claim.channel());
        if (channel == null) {
            return outcome(claim, pod, new SendResult.Retry(null, "channel not configured on " + pod));
        }
        Instant now = clock.instant();
        BudgetScope scope = claim.channel().paid() ? BudgetScope.of(claim.schoolId(), claim.districtId()) : null;
        if (scope == null) {
            return call(channel, claim).chain(result -> outcome(claim, pod, result));
        }
        long scopeId = scope == BudgetScope.SCHOOL ? claim.schoolId() : claim.districtId();
        return budgets.reserve(scope, scopeId, RESERVED_UNITS, claim.urgent(), now).chain(reserved -> {
            if (!reserved) {
                return skip(claim, pod, BUDGET, now);
            }
            return call(channel, claim).chain(result -> {
                int cost = result instanceof SendResult.Sent sent ? sent.costUnits() : 0;
                return budgets.adjust(scope, scopeId, cost - RESERVED_UNITS, now)
                        .onFailure().recoverWithNull()
                        .chain(() -> outcome(claim, pod, result));
            });
        });
    }

    /** The channel's answer; a failure, a null or no answer before half the lease counts as Retry. */
    private Uni<SendResult> call(Channel channel, Claim claim) {
        Duration limit = config.lease().dividedBy(2);
        return Uni.createFrom().deferred(() -> channel.send(claim.attempt()))
                .ifNoItem().after(limit).fail()
                .onFailure().recoverWithItem(failure -> new SendResult.Retry(null, describe(failure)))
                .onItem().ifNull().continueWith(() -> new SendResult.Retry(null, "the channel answered nothing"));
    }

    Uni<Void> outcome(Claim claim, String pod, SendResult result) {
        Instant now = clock.instant();
        if (result instanceof SendResult.Sent sent) {
            return finishes.sent(claim, pod, sent, now).invoke(changed -> count(changed,
                    () -> metrics.sent(claim.channel(), sent.delivered(), sent.costUnits()))).replaceWithVoid();
        }
        if (result instanceof SendResult.Retry retry) {
            return retry(claim, pod, retry, now);
        }
        if (result instanceof SendResult.Gone gone) {
            Uni<Boolean> failed = claim.endpointId() != null ? finishes.gone(claim, pod, gone.error(), now)
                    : finishes.end(claim, pod, "FAILED", gone.error(), now);
            return failed.invoke(changed -> count(changed, () -> metrics.failed(claim.channel(), "gone")))
                    .replaceWithVoid();
        }
        SendResult.Rejected rejected = (SendResult.Rejected) result;
        return fail(claim, pod, "rejected", rejected.error(), now);
    }

    private Uni<Void> retry(Claim claim, String pod, SendResult.Retry retry, Instant now) {
        String error = retry.error() == null ? "retry" : retry.error();
        if (claim.attempts() >= config.maxAttempts()) {
            return fail(claim, pod, StepRules.GAVE_UP,
                    "gave up after " + claim.attempts() + " attempts: " + error, now);
        }
        Instant due = now.plus(backoff.delay(claim.attempts(), retry.retryAfter()));
        if (!due.isBefore(claim.expiresAt())) {
            return expire(claim, pod, "expired before its next try: " + error, now);
        }
        return finishes.retry(claim, pod, due, error)
                .invoke(changed -> count(changed, () -> metrics.retried(claim.channel()))).replaceWithVoid();
    }

    private Uni<Void> fail(Claim claim, String pod, String reason, String error, Instant now) {
        return finishes.end(claim, pod, "FAILED", error, now)
                .invoke(changed -> count(changed, () -> metrics.failed(claim.channel(), reason))).replaceWithVoid();
    }

    private Uni<Void> expire(Claim claim, String pod, String error, Instant now) {
        return finishes.end(claim, pod, "EXPIRED", error, now)
                .invoke(changed -> count(changed, () -> metrics.expired(claim.channel()))).replaceWithVoid();
    }

    private static void count(boolean changed, Runnable counter) {
        if (changed) {
            counter.run();
        } else {
            LOG.debug("Outbox row's claim had passed to another sender; its outcome was not written");
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
