package vn.lienlac.chat.conversations;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.chat.ConversationKind;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The caller's active conversations with their titles, receipts and unread counts, in one query: the member rows
 * come from the participant index, and each conversation's unread count and last activity are index range reads
 * on its events.
 */
@ApplicationScoped
public class ConversationQueries {

    private static final String LIST = """
            WITH mine AS (
                SELECT DISTINCT ON (c.id) c.id, c.kind, c.title, c.last_seq, c.created_at, c.direct_key,
                       m.participant AS me, m.read_seq, m.delivered_seq, cl.name AS class_name,
                       cl.school_year AS class_year, cl.closed_at IS NOT NULL AS closed,
                       sc.name AS school_name
                FROM conversation_member m
                JOIN conversation c ON c.id = m.conversation_id
                LEFT JOIN directory_classes cl ON cl.id = c.class_id
                LEFT JOIN directory_schools sc ON sc.id = c.school_id
                WHERE m.participant = ANY($1::text[]) AND m.active AND ($2::bigint IS NULL OR c.id = $2)
                ORDER BY c.id, array_position($1::text[], m.participant)),
            described AS (
                SELECT mine.*,
                       (SELECT count(*) FROM (
                            SELECT 1 FROM chat_event e
                            WHERE e.conversation_id = mine.id AND e.seq > mine.read_seq AND e.type IN ('MESSAGE', 'ITEM')
                              AND (e.sender IS NULL OR e.sender <> ALL($1::text[]))
                              AND e.recalled_at IS NULL AND e.hidden_at IS NULL
                            LIMIT $3) unread_messages) AS unread,
                       coalesce((SELECT e.created_at FROM chat_event e
                                 WHERE e.conversation_id = mine.id AND e.seq = mine.last_seq),
                                mine.created_at) AS last_activity_at,
                       CASE WHEN mine.direct_key IS NULL THEN NULL
                            WHEN split_part(mine.direct_key, '|', 1) = mine.me THEN split_part(mine.direct_key, '|', 2)
                            ELSE split_part(mine.direct_key, '|', 1) END AS other
                FROM mine)
            SELECT d.*, CASE directory_participant_kind(d.other)
                            WHEN 'g' THEN (SELECT g.full_name FROM directory_guardians g
                                           WHERE g.id = directory_participant_id(d.other))
                            WHEN 's' THEN (SELECT s.full_name FROM directory_staff s
                                           WHERE s.id = directory_participant_id(d.other))
                        END AS other_name,
                   lm.seq AS lm_seq, lm.sender AS lm_sender, lm.text AS lm_text, lm.recalled AS lm_recalled,
                   lm.hidden AS lm_hidden, lm.file_name AS lm_file_name, lm.content_type AS lm_content_type,
                   lm.created_at AS lm_created_at
            FROM described d
            LEFT JOIN LATERAL (
                SELECT e.seq, e.sender, e.created_at,
                       CASE WHEN e.recalled_at IS NULL AND e.hidden_at IS NULL THEN e.body END AS text,
                       e.recalled_at IS NOT NULL AS recalled, e.hidden_at IS NOT NULL AS hidden,
                       CASE WHEN e.recalled_at IS NULL AND e.hidden_at IS NULL THEN a.file_name END AS file_name,
                       CASE WHEN e.recalled_at IS NULL AND e.hidden_at IS NULL THEN a.content_type END AS content_type
                FROM chat_event e LEFT JOIN chat_attachment a ON a.id = e.attachment_id
                WHERE e.conversation_id = d.id AND e.type IN ('MESSAGE', 'ITEM')
                ORDER BY e.seq DESC LIMIT 1) lm ON true
            ORDER BY d.last_activity_at DESC, d.id DESC""";

    private final Pool pool;

    public ConversationQueries(Pool pool) {
        this.pool = pool;
    }

    /** The caller's active conversations, newest activity first. */
    public Uni<List<ConversationSummary>> list(ChatIdentity caller) {
        return query(caller, null);
    }

    /** One of the caller's active conversations, or null when they are not an active member of it. */
    public Uni<ConversationSummary> one(ChatIdentity caller, long conversationId) {
        return query(caller, conversationId).map(list -> list.isEmpty() ? null : list.get(0));
    }

    private Uni<List<ConversationSummary>> query(ChatIdentity caller, Long conversationId) {
        if (caller.participants().isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery(LIST)
                .execute(Tuple.of(caller.texts(), conversationId, ConversationSummary.UNREAD_CAP))
                .map(rows -> {
                    List<ConversationSummary> list = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        list.add(summary(row));
                    }
                    return list;
                });
    }

    private static ConversationSummary summary(Row row) {
        ConversationKind kind = ConversationKind.valueOf(row.getString("kind"));
        boolean closed = Boolean.TRUE.equals(row.getBoolean("closed"));
        String className = closed ? ConversationTitles.closedClass(row.getString("class_name"),
                row.getString("class_year")) : row.getString("class_name");
        String title = ConversationTitles.title(kind, row.getString("title"), row.getString("other_name"),
                className, row.getString("school_name"));
        return new ConversationSummary(row.getLong("id"), kind, title, row.getString("me"), row.getLong("last_seq"),
                row.getLong("read_seq"), row.getLong("delivered_seq"), row.getLong("unread").intValue(),
                SqlTimes.instant(row, "last_activity_at"), lastMessage(row), closed);
    }

    private static LastMessage lastMessage(Row row) {
        Long seq = row.getLong("lm_seq");
        if (seq == null) {
            return null;
        }
        return new LastMessage(seq, row.getString("lm_sender"), row.getString("lm_text"),
                row.getBoolean("lm_recalled"), row.getBoolean("lm_hidden"), row.getString("lm_file_name"),
                row.getString("lm_content_type"), SqlTimes.instant(row, "lm_created_at"));
    }
}
