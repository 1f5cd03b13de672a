package vn.lienlac.chat.send;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lienlac.chat.ChatError;
import vn.lienlac.chat.presence.ChatPresence;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Everything a batch of sends must satisfy, read in one query inside the batch's transaction after its
 * conversations are locked: the sender is an active member (the first of their candidate participants that is),
 * the client id was not used before, the recipient of a direct message has not blocked the sender, the message
 * replied to and the attachment exist in the conversation, the conversation is not a class group whose school year
 * ended (its class closed by a rollover: docs/chat-groups.md, "New school year") — and, for quiet hours, the
 * recipient's office hours.
 *
 * <p>The same query finds whom notifications should wake for a new message (docs/notifications.md, "Producers and
 * read marks"): the other active members who have a push endpoint (notifications' published
 * {@code notifications_push_ready}) and no open chat connection on a live pod ({@code chat_presence}); null when
 * none, which is the common case and then costs a few index probes and no statement more.
 */
final class SendCheck {

    private static final String QUERY = """
            SELECT b.idx, b.participant, c.kind, dup.seq AS dup_seq, dup.created_at AS dup_at,
                   peer.participant AS peer,
                   EXISTS (SELECT 1 FROM chat_block k
                           WHERE k.blocker = peer.participant AND k.blocked = b.participant) AS blocked,
                   oh.weekdays, oh.opens_at, oh.closes_at, oh.notice, m.quiet_notice_at,
                   c.school_id, c.title, push.push_to,
                   EXISTS (SELECT 1 FROM directory_classes cl WHERE cl.id = c.class_id
                           AND cl.closed_at IS NOT NULL) AS closed,
                   CASE WHEN push.push_to IS NOT NULL THEN coalesce(
                       (SELECT s.full_name FROM directory_staff s WHERE directory_participant_kind(b.participant) = 's'
                               AND s.id = directory_participant_id(b.participant)),
                       (SELECT g.full_name FROM directory_guardians g
                               WHERE directory_participant_kind(b.participant) = 'g'
                               AND g.id = directory_participant_id(b.participant))) END AS sender_name,
                   (b.reply_to IS NULL OR EXISTS (SELECT 1 FROM chat_event r WHERE r.conversation_id = b.conversation_id
                           AND r.seq = b.reply_to AND r.type = 'MESSAGE')) AS reply_ok,
                   (b.attachment_id IS NULL OR EXISTS (SELECT 1 FROM chat_attachment a WHERE a.id = b.attachment_id
                           AND a.conversation_id = b.conversation_id AND a.uploader = b.participant)) AS attachment_ok
            FROM unnest($1::int[], $2::bigint[], $3::text[], $4::text[], $5::bigint[], $6::uuid[])
                 AS b(idx, conversation_id, participant, client_id, reply_to, attachment_id)
            JOIN conversation_member m ON m.conversation_id = b.conversation_id AND m.participant = b.participant
                 AND m.active
            JOIN conversation c ON c.id = b.conversation_id
            LEFT JOIN chat_event dup ON dup.conversation_id = b.conversation_id AND dup.sender = b.participant
                 AND dup.client_id = b.client_id
            LEFT JOIN LATERAL (SELECT p.participant FROM conversation_member p
                               WHERE c.kind = 'DIRECT' AND p.conversation_id = c.id AND p.participant <> b.participant
                               LIMIT 1) peer ON true
            LEFT JOIN chat_office_hours oh ON directory_participant_kind(b.participant) = 'g'
                 AND directory_participant_kind(peer.participant) = 's'
                 AND oh.staff_id = directory_participant_id(peer.participant)
            LEFT JOIN LATERAL (
                 SELECT array_agg(r.p) AS push_to
                 FROM notifications_push_ready(ARRAY(SELECT o.participant FROM conversation_member o
                                                     WHERE o.conversation_id = b.conversation_id AND o.active
                                                       AND o.participant <> b.participant)) AS r(p)
                 WHERE NOT \
            """ + ChatPresence.connectedOn("r.p", 7) + ") push ON c.kind <> 'INBOX'";

    /** The outcome of the check for one send. */
    record Verdict(ChatError refusal, String sender, Long duplicateSeq, Instant duplicateAt, String peer, Row row) {

        boolean accepted() {
            return refusal == null && duplicateSeq == null;
        }
    }

    private SendCheck() {
    }

    /** One verdict per command, in order. */
    static Uni<List<Verdict>> run(SqlConnection conn, List<SendCommand> commands, OffsetDateTime staleBefore) {
        List<Integer> idx = new ArrayList<>();
        List<Long> conversation = new ArrayList<>();
        List<String> participant = new ArrayList<>();
        List<String> clientId = new ArrayList<>();
        List<Long> replyTo = new ArrayList<>();
        List<UUID> attachment = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            SendCommand command = commands.get(i);
            for (String candidate : command.candidates()) {
                idx.add(i);
                conversation.add(command.conversationId());
                participant.add(candidate);
                clientId.add(command.clientId());
                replyTo.add(command.replyTo());
                attachment.add(command.attachmentId());
            }
        }
        Tuple params = Tuple.tuple(Arrays.asList(idx.toArray(Integer[]::new), conversation.toArray(Long[]::new),
                participant.toArray(String[]::new), clientId.toArray(String[]::new), replyTo.toArray(Long[]::new),
                attachment.toArray(UUID[]::new), staleBefore));
        return conn.preparedQuery(QUERY).execute(params).map(rows -> {
            Map<Integer, Row> chosen = new HashMap<>();
            for (Row row : rows) {
                int i = row.getInteger("idx");
                Row current = chosen.get(i);
                List<String> candidates = commands.get(i).candidates();
                if (current == null || candidates.indexOf(row.getString("participant"))
                        < candidates.indexOf(current.getString("participant"))) {
                    chosen.put(i, row);
                }
            }
            List<Verdict> verdicts = new ArrayList<>(commands.size());
            for (int i = 0; i < commands.size(); i++) {
                verdicts.add(verdict(chosen.get(i)));
            }
            return verdicts;
        });
    }

    private static Verdict verdict(Row row) {
        if (row == null) {
            return new Verdict(ChatError.NOT_A_MEMBER, null, null, null, null, null);
        }
        String sender = row.getString("participant");
        Long duplicate = row.getLong("dup_seq");
        if (duplicate != null) {
            return new Verdict(null, sender, duplicate, SqlTimes.instant(row, "dup_at"), null, row);
        }
        ChatError refusal = "INBOX".equals(row.getString("kind")) ? ChatError.READ_ONLY
                : row.getBoolean("closed") ? ChatError.CONVERSATION_CLOSED
                : row.getBoolean("blocked") ? ChatError.BLOCKED
                : !row.getBoolean("reply_ok") || !row.getBoolean("attachment_ok") ? ChatError.NOT_FOUND
                : null;
        return new Verdict(refusal, sender, null, null, row.getString("peer"), row);
    }
}
