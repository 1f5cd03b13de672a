package vn.lienlac.chat.event;

import io.vertx.mutiny.sqlclient.Row;
import vn.lienlac.platform.sql.SqlTimes;

/** Reads chat events from rows selected with {@link #COLUMNS} (the event as {@code e}, its attachment as {@code a}). */
final class EventRows {

    static final String COLUMNS = """
            e.conversation_id, e.seq, e.type, e.sender, e.client_id,
            CASE WHEN e.recalled_at IS NULL AND e.hidden_at IS NULL THEN e.body END AS body,
            e.reply_to, e.target_seq, e.subject, e.silent_for, e.created_at, e.edited_at,
            e.recalled_at IS NOT NULL AS recalled, e.hidden_at IS NOT NULL AS hidden,
            CASE WHEN e.recalled_at IS NULL AND e.hidden_at IS NULL THEN a.id END AS attachment_id, a.content_type, a.size_bytes, a.file_name,
            CASE WHEN e.recalled_at IS NULL AND e.hidden_at IS NULL THEN e.data::text END AS data""";

    private EventRows() {
    }

    static ChatEvent event(Row row) {
        AttachmentRef attachment = row.getUUID("attachment_id") == null ? null
                : new AttachmentRef(row.getUUID("attachment_id"), row.getString("content_type"),
                        row.getLong("size_bytes"), row.getString("file_name"));
        return new ChatEvent(row.getLong("conversation_id"), row.getLong("seq"),
                EventType.valueOf(row.getString("type")), row.getString("sender"), row.getString("client_id"),
                row.getString("body"), row.getLong("reply_to"), row.getLong("target_seq"), row.getString("subject"),
                attachment, row.getString("silent_for"), SqlTimes.instant(row, "created_at"),
                SqlTimes.instant(row, "edited_at"), row.getBoolean("recalled"), row.getBoolean("hidden"),
                row.getString("data"));
    }
}
