package vn.lienlac.notices.publish;

/**
 * What happened to one record of a batch.
 *
 * @param index    the record's position in the request, from 0
 * @param sourceId the publisher's id of the record, as sent (may be null for a rejected record)
 * @param outcome  accepted (new), unchanged (identical re-send), updated (sent as a correction), deleted
 *                 (withdrawn), rejected, scheduled (valid, to be published later)
 * @param noticeId the notice the record is, or null when rejected
 * @param code     a {@link RecordProblem} name when rejected, else null
 * @param message  the Vietnamese reason when rejected, else null
 */
public record RecordResult(int index, String sourceId, Outcome outcome, Long noticeId, String code, String message) {

    public enum Outcome {
        ACCEPTED, UNCHANGED, UPDATED, DELETED, REJECTED,
        /** Valid, and stored to be published at the batch's {@code sendAt}. */
        SCHEDULED;

        /** On the wire: {@code accepted}, {@code unchanged}, ... */
        @com.fasterxml.jackson.annotation.JsonValue
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static RecordResult rejected(int index, String sourceId, RecordProblem problem, Object... values) {
        return new RecordResult(index, sourceId, Outcome.REJECTED, null, problem.name(), problem.message(values));
    }

    static RecordResult of(int index, String sourceId, Outcome outcome, long noticeId) {
        return new RecordResult(index, sourceId, outcome, noticeId, null, null);
    }
}
