package vn.lienlac.chat.scheduled;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * A chat message scheduled for later, as its author sees it (docs/chat-rest.md, "Send later"). The text is the
 * author's own; it is never logged ({@link #toString()}).
 *
 * @param state {@code SCHEDULED}, {@code SENDING}, {@code SENT} (then {@code seq} is its place in the conversation),
 *              {@code CANCELLED}, {@code FAILED} (the author is no longer a member, or the send was refused)
 * @param failureCode for {@code FAILED}: {@code NOT_PERMITTED} when the author was no longer a member at its time, else
 *              the chat refusal's code ({@code BLOCKED}, {@code READ_ONLY}, …); {@code failure} says it in Vietnamese
 */
public record ScheduledMessage(long id, long conversationId, String clientId, String text, Instant sendAt,
        String state, Long seq, String failureCode, String failure, Instant createdAt) {

    static final String COLUMNS = "id, conversation_id, client_id, text, send_at, state, seq, failure_code, failure, "
            + "created_at";

    static ScheduledMessage of(Row row) {
        return new ScheduledMessage(row.getLong("id"), row.getLong("conversation_id"), row.getString("client_id"),
                row.getString("text"), SqlTimes.instant(row, "send_at"), row.getString("state"), row.getLong("seq"),
                row.getString("failure_code"), row.getString("failure"), SqlTimes.instant(row, "created_at"));
    }

    @Override
    public String toString() {
        return "ScheduledMessage[" + id + " in " + conversationId + " " + state + "]";
    }
}
