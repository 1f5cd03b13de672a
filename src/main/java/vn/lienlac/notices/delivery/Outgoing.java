package vn.lienlac.notices.delivery;

import java.util.List;

/**
 * What one stored notice change means for guardians' inboxes.
 *
 * @param noticeId  the notice
 * @param change    what happened to it
 * @param text      its (new) text; for a correction without the "Đính chính" prefix; null for a withdrawal
 * @param data      the item's structured form (JSON object text); null for a withdrawal
 * @param guardians the guardians to tell now (posts, and corrections for guardians not told before)
 * @param previous  where the notice already is: the items a correction or a withdrawal targets
 */
public record Outgoing(long noticeId, Change change, String text, String data, List<Long> guardians,
        List<Delivered> previous) {

    public enum Change { POST, CORRECT, WITHDRAW }

    /** A notice's item in one guardian's inbox. */
    public record Delivered(long guardianId, String owner, long seq) {
    }

    @Override
    public String toString() {
        return "Outgoing[noticeId=" + noticeId + ", change=" + change + ", guardians=" + guardians.size() + "]";
    }
}
