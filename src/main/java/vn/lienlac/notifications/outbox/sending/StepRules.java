package vn.lienlac.notifications.outbox.sending;

import java.time.Instant;
import vn.lienlac.notifications.outbox.ItemKind;

/**
 * The contract's step rules, applied to a claimed row (the claim itself never takes a row of step n+1 while a row of
 * a step &lt;= n of its item is still QUEUED: such a row is postponed). In order: an item read in the app ends its
 * pending rows SKIPPED ('read'); a row past its expires_at ends EXPIRED; one tried max-attempts times ends FAILED; a
 * later-step row of an item that is neither important nor urgent, when an earlier step reached the person, ends
 * SKIPPED ('reached'); a chat item never goes to a paid channel ('chat-paid'); a push row whose endpoint was removed
 * fails ('endpoint removed').
 */
final class StepRules {

    static final String READ = "read";
    static final String REACHED = "reached";
    static final String CHAT_PAID = "chat-paid";
    static final String GAVE_UP = "gave-up";

    private StepRules() {
    }

    static Verdict decide(Claim claim, Instant now, int maxAttempts) {
        if (claim.readAt() != null) {
            return new Verdict.Skip(READ);
        }
        if (!claim.expiresAt().isAfter(now)) {
            return new Verdict.Expire();
        }
        if (claim.attempts() > maxAttempts) {
            return new Verdict.Fail(GAVE_UP, "gave up after " + maxAttempts + " attempts");
        }
        if (claim.step() > 0 && claim.reached() && !claim.kind().important() && !claim.urgent()) {
            return new Verdict.Skip(REACHED);
        }
        if (claim.kind() == ItemKind.CHAT && claim.channel().paid()) {
            return new Verdict.Skip(CHAT_PAID);
        }
        if (claim.address() == null) {
            return claim.channel().push() ? new Verdict.Fail("endpoint-removed", "push endpoint removed")
                    : new Verdict.Fail("no-address", "no phone number");
        }
        return new Verdict.Send();
    }
}
