package vn.lienlac.chat.moderation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventDraft;
import vn.lienlac.chat.event.EventLog;
import vn.lienlac.chat.event.EventType;
import vn.lienlac.chat.fanout.Fanout;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * A handler's decision on a report ({@link ReportHandlers}); 404 for anyone else, as for a report that does not
 * exist. Hiding appends a {@code hidden} event to the conversation, marks the message hidden and resolves every open
 * report of it, all in one transaction that also writes the audit entry; members get the event once it commits.
 *
 * <p>Lock order: the conversation row (through {@link EventLog#lock}, as every writer of events does), then the
 * message row, then the report rows. Dismissing touches one report row only.
 */
@ApplicationScoped
public class ReportModeration {

    static final String NO_REPORT = "Không tìm thấy báo cáo này.";

    private static final String HANDLED = """
            SELECT r.id, r.conversation_id, r.seq, r.status, r.resolved_by, r.resolved_at, h.handler_id,
                   h.handler_school
            FROM chat_report r
            JOIN conversation c ON c.id = r.conversation_id
            JOIN chat_event e ON e.conversation_id = r.conversation_id AND e.seq = r.seq
            %s
            WHERE r.id = $2""".formatted(ReportHandlers.JOIN);

    private static final String RESOLVE_ALL = """
            UPDATE chat_report SET status = 'HIDDEN', resolved_by = $3, resolved_at = $4
            WHERE conversation_id = $1 AND seq = $2 AND (status = 'OPEN' OR id = $5)""";

    private final Pool pool;
    private final EventLog log;
    private final Fanout fanout;
    private final AuditLog audit;
    private final Clock clock;

    public ReportModeration(Pool pool, EventLog log, Fanout fanout, AuditLog audit, Clock clock) {
        this.pool = pool;
        this.log = log;
        this.fanout = fanout;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report as its handler sees it before deciding. */
    private record Handled(long id, long conversationId, long seq, ReportStatus status, String moderator,
            String school, String resolvedBy, Instant resolvedAt) {
    }

    private record Hidden(ReportResolution resolution, List<ChatEvent> events) {
    }

    /**
     * Hides the reported message from the conversation (idempotent: a message already hidden gets no second event).
     *
     * @param actor         the caller's principal name, for the audit log
     * @param correlationId the request's correlation id, for the audit log
     */
    public Uni<ReportResolution> hide(ChatIdentity caller, long reportId, String actor, String correlationId) {
        return pool.withTransaction(conn -> handled(conn, caller, reportId, false).chain(report -> {
            Instant now = clock.instant();
            return log.lock(conn, List.of(report.conversationId()))
                    .chain(lastSeq -> messageHidden(conn, report).chain(hidden -> hidden
                            ? Uni.createFrom().item(List.<ChatEvent>of())
                            : hideMessage(conn, lastSeq, report, now, actor, correlationId)))
                    .call(() -> conn.preparedQuery(RESOLVE_ALL).execute(Tuple.of(report.conversationId(),
                            report.seq(), report.moderator(), SqlTimes.of(now), report.id())))
                    .map(events -> new Hidden(new ReportResolution(report.id(), ReportStatus.HIDDEN,
                            report.conversationId(), report.seq(), report.moderator(), now,
                            events.isEmpty() ? null : events.get(0).seq()), events));
        })).invoke(hidden -> fanout.committed(hidden.events())).map(Hidden::resolution);
    }

    /** Dismisses an open report (idempotent); 409 when the message was already hidden on this report. */
    public Uni<ReportResolution> dismiss(ChatIdentity caller, long reportId) {
        return pool.withTransaction(conn -> handled(conn, caller, reportId, true).chain(report -> {
            switch (report.status()) {
                case HIDDEN:
                    return Uni.createFrom().failure(new ApiException(ErrorCode.CONFLICT,
                            "Tin nhắn đã bị ẩn theo báo cáo này."));
                case DISMISSED:
                    return Uni.createFrom().item(resolution(report, report.resolvedBy(), report.resolvedAt()));
                default:
                    Instant now = clock.instant();
                    return conn.preparedQuery("UPDATE chat_report SET status = 'DISMISSED', resolved_by = $2, "
                                    + "resolved_at = $3 WHERE id = $1")
                            .execute(Tuple.of(report.id(), report.moderator(), SqlTimes.of(now)))
                            .map(done -> resolution(report, report.moderator(), now));
            }
        }));
    }

    /** Locks the reported message's row; whether it is hidden already. */
    private static Uni<Boolean> messageHidden(SqlConnection conn, Handled report) {
        return conn.preparedQuery("SELECT hidden_at IS NOT NULL AS hidden FROM chat_event "
                        + "WHERE conversation_id = $1 AND seq = $2 FOR UPDATE")
                .execute(Tuple.of(report.conversationId(), report.seq()))
                .map(rows -> rows.iterator().next().getBoolean("hidden"));
    }

    private Uni<List<ChatEvent>> hideMessage(SqlConnection conn, Map<Long, Long> lastSeq, Handled report,
            Instant now, String actor, String correlationId) {
        EventDraft draft = EventDraft.about(EventType.HIDDEN, report.moderator(), null, report.seq(), null);
        return log.appendLocked(conn, lastSeq, List.of(Map.entry(report.conversationId(), draft)), now)
                .call(() -> conn.preparedQuery("UPDATE chat_event SET hidden_at = $3 "
                                + "WHERE conversation_id = $1 AND seq = $2")
                        .execute(Tuple.of(report.conversationId(), report.seq(), SqlTimes.of(now))))
                .call(events -> audit.record(conn, new AuditEntry(AuditAction.CHAT_MESSAGE_HIDDEN,
                        AuditOutcome.SUCCESS, actor, "report " + report.id(), report.school(), null, correlationId,
                        Map.of("conversationId", report.conversationId(), "seq", report.seq(),
                                "hiddenSeq", events.get(0).seq(), "moderator", report.moderator()))));
    }

    /**
     * The report if the caller handles it (their handling position as moderator); 404 otherwise.
     *
     * @param lock whether to lock the report row (dismissing); hiding locks the conversation first instead
     */
    private static Uni<Handled> handled(SqlConnection conn, ChatIdentity caller, long reportId, boolean lock) {
        Long[] staff = MessageReportService.staffIds(caller);
        if (staff.length == 0) {
            return Uni.createFrom().failure(ApiException.notFound(NO_REPORT));
        }
        return conn.preparedQuery(lock ? HANDLED + " FOR UPDATE OF r" : HANDLED).execute(Tuple.of(staff, reportId))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        throw ApiException.notFound(NO_REPORT);
                    }
                    return handled(it.next());
                });
    }

    private static Handled handled(Row row) {
        return new Handled(row.getLong("id"), row.getLong("conversation_id"), row.getLong("seq"),
                ReportStatus.valueOf(row.getString("status")), Participant.staff(row.getLong("handler_id")).toString(),
                row.getString("handler_school"), row.getString("resolved_by"), SqlTimes.instant(row, "resolved_at"));
    }

    private static ReportResolution resolution(Handled report, String resolvedBy, Instant resolvedAt) {
        return new ReportResolution(report.id(), ReportStatus.DISMISSED, report.conversationId(), report.seq(),
                resolvedBy, resolvedAt, null);
    }
}
