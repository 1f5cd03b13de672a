package vn.lienlac.chat.moderation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.chat.Memberships;
import vn.lienlac.directory.Participant;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.text.UnsafeText;

/**
 * Reporting a message, and the list of reports a handler may act on ({@link ReportHandlers}). A member reports a
 * message of their conversation once: reporting it again returns the first report unchanged.
 */
@ApplicationScoped
public class MessageReportService {

    public static final int MAX_REASON = 500;
    static final String NO_MESSAGE = "Không tìm thấy tin nhắn này.";

    /** The message must exist, be neither recalled nor hidden, and the reporter must still be an active member. */
    private static final String REPORT = """
            WITH target AS (
                SELECT e.conversation_id, e.seq FROM chat_event e
                WHERE e.conversation_id = $1 AND e.seq = $2 AND e.type = 'MESSAGE'
                  AND e.recalled_at IS NULL AND e.hidden_at IS NULL
                  AND EXISTS (SELECT 1 FROM conversation_member m
                              WHERE m.conversation_id = $1 AND m.participant = $3 AND m.active)),
            ins AS (
                INSERT INTO chat_report (conversation_id, seq, reporter, reason, created_at)
                SELECT conversation_id, seq, $3, $4, $5 FROM target
                ON CONFLICT (conversation_id, seq, reporter) DO NOTHING
                RETURNING id, status, reason, created_at, true AS created)
            SELECT * FROM ins
            UNION ALL
            SELECT id, status, reason, created_at, false FROM chat_report
            WHERE conversation_id = $1 AND seq = $2 AND reporter = $3""";

    private static final String NAME = """
            CASE directory_participant_kind(%1$s)
                WHEN 'g' THEN (SELECT full_name FROM directory_guardians WHERE id = directory_participant_id(%1$s))
                WHEN 's' THEN (SELECT full_name FROM directory_staff WHERE id = directory_participant_id(%1$s)) END""";

    private static final String LIST = """
            SELECT r.id, r.status, r.conversation_id, r.seq, r.reporter, r.reason, r.created_at, r.resolved_by,
                   r.resolved_at, c.kind, COALESCE(c.title, k.name) AS title, e.sender, e.body, e.created_at AS sent_at,
                   e.hidden_at IS NOT NULL AS hidden, %s AS sender_name, %s AS reporter_name
            FROM chat_report r
            JOIN conversation c ON c.id = r.conversation_id
            LEFT JOIN directory_classes k ON k.id = c.class_id
            JOIN chat_event e ON e.conversation_id = r.conversation_id AND e.seq = r.seq
            %s
            WHERE r.status = $2
            ORDER BY r.created_at DESC, r.id DESC
            LIMIT $3""".formatted(NAME.formatted("e.sender"), NAME.formatted("r.reporter"), ReportHandlers.JOIN);

    private final Memberships memberships;
    private final Pool pool;
    private final Clock clock;

    public MessageReportService(Memberships memberships, Pool pool, Clock clock) {
        this.memberships = memberships;
        this.pool = pool;
        this.clock = clock;
    }

    /** Reports a message as the caller's member participant; 404 for non-members and anything but a message. */
    public Uni<Report> report(ChatIdentity caller, long conversationId, long seq, String reason) {
        return Uni.createFrom().item(() -> reason(reason)).chain(text -> memberships.memberAs(caller, conversationId)
                .chain(member -> member == null
                ? Uni.createFrom().failure(ApiException.notFound(NO_MESSAGE))
                : pool.preparedQuery(REPORT).execute(Tuple.of(conversationId, seq, member.toString(), text,
                        SqlTimes.of(clock.instant()))).map(rows -> {
                            RowIterator<Row> it = rows.iterator();
                            if (!it.hasNext()) {
                                throw ApiException.notFound(NO_MESSAGE);
                            }
                            Row row = it.next();
                            return new Report(row.getLong("id"), conversationId, seq,
                                    ReportStatus.valueOf(row.getString("status")), row.getString("reason"),
                                    SqlTimes.instant(row, "created_at"), row.getBoolean("created"));
                        })));
    }

    /** The reports in this state that the caller handles, newest first; empty for non-handlers. */
    public Uni<List<ReportView>> handled(ChatIdentity caller, ReportStatus status, int limit) {
        Long[] staff = staffIds(caller);
        if (staff.length == 0) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery(LIST).execute(Tuple.of(staff, status.name(), limit)).map(rows -> {
            List<ReportView> views = new ArrayList<>();
            for (Row row : rows) {
                views.add(view(row));
            }
            return views;
        });
    }

    static Long[] staffIds(ChatIdentity caller) {
        return caller.participants().stream().filter(Participant::isStaff).map(Participant::id).toArray(Long[]::new);
    }

    /** The reason, NFC and trimmed, 1 to {@link #MAX_REASON} characters; 400 otherwise. */
    private static String reason(String reason) {
        String text = reason == null ? ""
                : Normalizer.normalize(UnsafeText.stripInvisible(reason), Normalizer.Form.NFC).strip();
        int length = text.codePointCount(0, text.length());
        if (UnsafeText.refusal(reason) != null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, null, List.of(Map.of("field", "reason",
                    "message", UnsafeText.refusal(reason).message())));
        }
        if (length == 0 || length > MAX_REASON) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, null, List.of(Map.of("field", "reason",
                    "message", "Lý do báo cáo dài từ 1 đến " + MAX_REASON + " ký tự.")));
        }
        return text;
    }

    private static ReportView view(Row row) {
        return new ReportView(row.getLong("id"), ReportStatus.valueOf(row.getString("status")),
                row.getLong("conversation_id"), row.getString("kind"), row.getString("title"), row.getLong("seq"),
                row.getString("sender"), row.getString("sender_name"), row.getString("body"),
                SqlTimes.instant(row, "sent_at"), row.getBoolean("hidden"), row.getString("reporter"),
                row.getString("reporter_name"), row.getString("reason"), SqlTimes.instant(row, "created_at"),
                row.getString("resolved_by"), SqlTimes.instant(row, "resolved_at"));
    }
}
