package vn.lienlac.notices.delivery;

import java.util.List;

/**
 * What one stored notice change means for guardians' inboxes.
 *
 * @param noticeId  the notice
 * @param change    what happened to it
 * @param version   the notice's version after the change (1 for a first post; 0 for a withdrawal)
 * @param text      its (new) text; for a correction without the "Đính chính" prefix; null for a withdrawal
 * @param data      the item's structured form (JSON object text); null for a withdrawal
 * @param about     whom it is about (the student's name, or an activity's audience); null for a withdrawal
 * @param guardians the guardians to tell now (posts, and corrections for guardians not told before)
 * @param previous  where the notice already is: the items a correction or a withdrawal targets
 */
public record Outgoing(long noticeId, Change change, int version, String text, String data, String about,
        List<Long> guardians, List<Delivered> previous) {

    public enum Change { POST, CORRECT, WITHDRAW }

    /** A notice's item in one guardian's inbox. */
    public record Delivered(long guardianId, String owner, long seq) {
    }

    @Override
    public String toString() {
        return "Outgoing[noticeId=" + noticeId + ", change=" + change + ", guardians=" + guardians.size() + "]";
    }
}
