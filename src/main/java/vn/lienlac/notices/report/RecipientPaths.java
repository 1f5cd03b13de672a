package vn.lienlac.notices.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lienlac.chat.inbox.InboxMarks;
import vn.lienlac.directory.Participant;
import vn.lienlac.notifications.outbox.DeliveryPaths;

/**
 * Each guardian's path to a notice (docs/notices.md, "Delivery report"): live in the app (their devices received the
 * inbox item; read there), then the attempts notifications made — push, Zalo, SMS — with their states; and the final
 * state: READ, DELIVERED, SENT, QUEUED (still to go), or FAILED when nothing reached them.
 */
final class RecipientPaths {

    private static final List<String> BEST_FIRST = List.of("READ", "DELIVERED", "SENT", "QUEUED", "FAILED",
            "EXPIRED", "SKIPPED");

    private RecipientPaths() {
    }

    /** One step of a path: LIVE, WEB_PUSH, FCM, APNS, ZALO or SMS, and how it went. */
    public record Step(String way, String state) {
    }

    /** One guardian's path to one notice. */
    public record RecipientPath(long noticeId, String guardian, List<Step> path, String state) {
    }

    /**
     * @param versions the notice's item refs, first version first (a correction is a later version)
     */
    static RecipientPath of(long noticeId, String owner, long seq, InboxMarks mark, List<String> versions,
            Map<String, Map<Participant, DeliveryPaths.Path>> paths) {
        List<Step> steps = new ArrayList<>();
        boolean read = mark != null && mark.readSeq() >= seq;
        boolean live = mark != null && mark.deliveredSeq() >= seq;
        if (live) {
            steps.add(new Step("LIVE", read ? "READ" : "DELIVERED"));
        }
        Participant guardian = Participant.parse(owner);
        String best = read ? "READ" : live ? "DELIVERED" : null;
        for (String ref : versions) {
            DeliveryPaths.Path path = paths.getOrDefault(ref, Map.of()).get(guardian);
            if (path == null) {
                continue;
            }
            if (path.readAt() != null) {
                best = better(best, "READ");
            }
            for (DeliveryPaths.Hop hop : path.hops()) {
                steps.add(new Step(hop.channel().name(), hop.state()));
                best = better(best, hop.state());
            }
        }
        return new RecipientPath(noticeId, owner, steps, best == null ? "FAILED" : finalState(best));
    }

    private static String better(String current, String candidate) {
        if (current == null) {
            return candidate;
        }
        return BEST_FIRST.indexOf(candidate) < BEST_FIRST.indexOf(current) ? candidate : current;
    }

    /** Nothing reached them: FAILED whether the attempts failed, expired or were skipped. */
    private static String finalState(String best) {
        return best.equals("EXPIRED") || best.equals("SKIPPED") ? "FAILED" : best;
    }
}
