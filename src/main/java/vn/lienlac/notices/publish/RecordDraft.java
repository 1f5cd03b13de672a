package vn.lienlac.notices.publish;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import vn.lienlac.directory.model.Subject;

/**
 * One record that read well, before it meets the directory.
 *
 * @param index       position in the request
 * @param deleted     the publisher withdraws the record; only {@code sourceId} is read then
 * @param studentCode the student a grade, attendance or health record is about; null for activities
 * @param className   an activity's class, or null for the whole school (and for the other kinds)
 * @param subject     a grade's subject, else null
 * @param payload     the record in canonical form (codes, ISO dates, plain numbers as text); equal records have
 *                    equal payloads, which is how a re-send is recognised
 */
record RecordDraft(int index, String sourceId, boolean deleted, String studentCode, String className,
        LocalDate occurredOn, Subject subject, SortedMap<String, Object> payload) {

    static RecordDraft deletion(int index, String sourceId) {
        return new RecordDraft(index, sourceId, true, null, null, null, null, new java.util.TreeMap<>(Map.of()));
    }

    @Override
    public String toString() {
        return "RecordDraft[index=" + index + ", deleted=" + deleted + "]";
    }
}
