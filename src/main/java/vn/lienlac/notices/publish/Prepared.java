package vn.lienlac.notices.publish;

import java.util.List;

/**
 * A record matched with the directory and rendered, ready to store; or a deletion, which carries only its draft.
 *
 * @param studentId   the student (null for activities and deletions)
 * @param classId     the student's current class, or the activity's class (null: whole school)
 * @param guardians   the guardians to tell: the student's, or every family of the activity's audience
 * @param unreachable codes of the students concerned who have no active guardian
 * @param payload     the canonical JSON text of the record
 * @param sha256      its hex SHA-256
 * @param about       whom it is about, for notifications' templates: the student's name, or for activities the
 *                    audience ("Lớp 6A" or the school's name)
 * @param audience    what the record was matched with, to render it again when approved leave changes it (null for
 *                    deletions and records made here from leave)
 */
record Prepared(RecordDraft draft, Long studentId, Long classId, String text, List<Long> guardians,
        List<String> unreachable, String payload, String sha256, String about, Audiences.Audience audience) {

    static Prepared deletion(RecordDraft draft) {
        return new Prepared(draft, null, null, null, List.of(), List.of(), null, null, null, null);
    }

    @Override
    public String toString() {
        return "Prepared[" + draft + ", guardians=" + guardians.size() + "]";
    }
}
