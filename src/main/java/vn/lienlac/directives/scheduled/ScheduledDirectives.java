package vn.lienlac.directives.scheduled;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.directives.Actors;
import vn.lienlac.directives.DirectiveDraft;
import vn.lienlac.directives.DirectiveRequest;
import vn.lienlac.directives.DirectiveSender;
import vn.lienlac.directives.DirectiveSender.Route;
import vn.lienlac.directives.ForwardRequest;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.OneAtATime;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.time.NotSent;
import vn.lienlac.platform.time.SendAt;

/**
 * Directives sent later (docs/directives.md, "Scheduled sends"). Scheduling checks everything a send checks — the
 * content (deadlines against the time it goes), the sender's position, the audience — and stores the request; nothing
 * reaches anyone until then. {@link #sendDue(Instant)}, run on every pod, claims one due row at a time with
 * {@code FOR UPDATE SKIP LOCKED} and writes the directive and the row's new state in that one transaction: a row goes
 * exactly once whichever pods run, and a cancel (which waits on the same row lock) either stops it or sees it sent.
 * A sender who lost their position by then marks the row {@code FAILED}, {@code NOT_PERMITTED} (an audience left
 * empty: its own code), audited. A forward may be scheduled too ({@link #scheduleForward}).
 */
@ApplicationScoped
public class ScheduledDirectives {

    static final String NOT_FOUND = "Không tìm thấy lịch gửi văn bản này.";
    static final String ALREADY_SENT = "Văn bản đã được gửi, không thể hủy lịch gửi nữa.";
    static final String NOT_SENT = "Lịch gửi này đã không gửi được (người gửi không còn quyền hoặc không còn người "
            + "nhận); không còn gì để hủy.";
    private static final int MAX_PER_RUN = 100;

    private static final String INSERT = """
            INSERT INTO directive_scheduled (route, unit_code, sender_phone, sender_staff_code, sender_owner,
                school_code, request, subject, recipients, send_at, created_at, parent_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9, $10, $11, $12) RETURNING\s"""
            + ScheduledDirective.COLUMNS;

    private static final String MINE = "(($1::text IS NOT NULL AND sender_staff_code = $1) "
            + "OR ($2::text IS NOT NULL AND sender_phone = $2))";

    private static final String LIST = "SELECT " + ScheduledDirective.COLUMNS + " FROM directive_scheduled WHERE "
            + MINE + " ORDER BY send_at DESC, id DESC LIMIT 200";

    private static final String LOCK_MINE = "SELECT " + ScheduledDirective.COLUMNS + ", sender_owner, school_code "
            + "FROM directive_scheduled WHERE id = $3 AND " + MINE + " FOR UPDATE";

    private static final String CANCEL = "UPDATE directive_scheduled SET state = 'CANCELLED', done_at = $2 "
            + "WHERE id = $1 RETURNING " + ScheduledDirective.COLUMNS;

    private static final String CLAIM = """
            SELECT id, route, unit_code, sender_phone, sender_staff_code, sender_owner, school_code, parent_id,
                request::text AS request, send_at
            FROM directive_scheduled WHERE state = 'SCHEDULED' AND send_at <= $1
            ORDER BY send_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""";

    private static final String SENT = "UPDATE directive_scheduled SET state = 'SENT', directive_id = $2, done_at = $3 "
            + "WHERE id = $1";

    private static final String FAILED = "UPDATE directive_scheduled SET state = 'FAILED', failure_code = $2, "
            + "failure = $3, done_at = $4 WHERE id = $1";

    /** Why a directive did not go when its sender lost the position it was sent from (one rule, {@link NotSent}). */
    static final String NOT_PERMITTED = "Người hẹn gửi không còn giữ chức vụ để gửi văn bản này.";
    /** The route of a scheduled forward. */
    static final String FORWARD = "FORWARD";

    private final Pool pool;
    private final DirectiveSender sender;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Actors actors;

    public ScheduledDirectives(Pool pool, DirectiveSender sender, AuditLog audit, ObjectMapper json, Clock clock,
            Actors actors) {
        this.actors = actors;
        this.pool = pool;
        this.sender = sender;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Checks the send as if it went now (its deadlines against {@code sendAt}) and stores it for later; audited. */
    public Uni<ScheduledDirective> schedule(SignedInPerson person, Route route, String unitCode,
            DirectiveRequest request) {
        Instant now = clock.instant();
        Instant sendAt;
        String stored;
        try {
            sendAt = SendAt.check(request.sendAt(), now, "sendAt");
            DirectiveDraft.of(request, sendAt);
            stored = json.writeValueAsString(request);
        } catch (ApiException e) {
            return Uni.createFrom().failure(e);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return pool.withTransaction(conn -> sender.plan(conn, person, route, unitCode, request).chain(plan -> conn
                .preparedQuery(INSERT).execute(Tuple.from(new Object[] {route.name(), unitCode, person.phone(),
                        person.staffCode(), plan.sender().owner(), plan.sender().schoolCode(), stored,
                        DirectiveDraft.of(request, sendAt).subject(), plan.resolved().recipients().size(),
                        SqlTimes.of(sendAt), SqlTimes.of(now), null}))
                .map(rows -> ScheduledDirective.of(rows.iterator().next()))
                .call(scheduled -> audit.record(conn, new AuditEntry(AuditAction.DIRECTIVE_SCHEDULED,
                        AuditOutcome.SUCCESS, plan.sender().owner(), String.valueOf(scheduled.id()),
                        plan.sender().schoolCode(), null, null,
                        Map.of("route", route.name(), "unit", unitCode, "sendAt", sendAt.toString()))))));
    }

    /**
     * A forward to go later: checked now as a forward is (the caller may forward this directive, the content with its
     * deadlines against {@code sendAt}, the audience) and stored, route {@code FORWARD}; audited.
     */
    public Uni<ScheduledDirective> scheduleForward(SignedInPerson person, long parentId, ForwardRequest request) {
        Instant now = clock.instant();
        Instant sendAt;
        String stored;
        try {
            sendAt = SendAt.check(request.sendAt(), now, "sendAt");
            stored = json.writeValueAsString(request);
        } catch (ApiException e) {
            return Uni.createFrom().failure(e);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return pool.withTransaction(conn -> sender.planForward(conn, person, parentId, request, sendAt).chain(plan -> {
            String unit = plan.schoolId() != null ? plan.sender().schoolCode() : plan.sender().districtCode();
            return conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {FORWARD, unit, person.phone(),
                            person.staffCode(), plan.sender().owner(), plan.sender().schoolCode(), stored,
                            plan.draft().subject(), plan.resolved().recipients().size(), SqlTimes.of(sendAt),
                            SqlTimes.of(now), parentId}))
                    .map(rows -> ScheduledDirective.of(rows.iterator().next()))
                    .call(scheduled -> audit.record(conn, new AuditEntry(AuditAction.DIRECTIVE_SCHEDULED,
                            AuditOutcome.SUCCESS, plan.sender().owner(), String.valueOf(scheduled.id()),
                            plan.sender().schoolCode(), null, null, Map.of("route", FORWARD, "unit", unit,
                            "forwardOf", parentId, "sendAt", sendAt.toString()))));
        }));
    }

    /** The caller's scheduled directives, latest time first, whatever their state. */
    public Uni<List<ScheduledDirective>> mine(SignedInPerson person) {
        return actors.load(pool, person).chain(() -> pool.preparedQuery(LIST)
                        .execute(Tuple.of(person.staffCode(), person.phone())))
                .map(rows -> {
                    List<ScheduledDirective> list = new java.util.ArrayList<>();
                    rows.forEach(row -> list.add(ScheduledDirective.of(row)));
                    return list;
                });
    }

    /**
     * Cancels one of the caller's scheduled directives before it goes (audited; cancelling twice answers the same);
     * 404 for another's or an unknown id, 409 once it went (or failed).
     */
    public Uni<ScheduledDirective> cancel(SignedInPerson person, long id) {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> actors.load(conn, person).chain(() -> conn.preparedQuery(LOCK_MINE)
                .execute(Tuple.of(person.staffCode(), person.phone(), id))).chain(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return Uni.createFrom().failure(ApiException.notFound(NOT_FOUND));
                    }
                    Row row = it.next();
                    ScheduledDirective found = ScheduledDirective.of(row);
                    return switch (found.state()) {
                        case "SENT" -> Uni.createFrom().failure(new ApiException(ErrorCode.CONFLICT, ALREADY_SENT));
                        case "FAILED" -> Uni.createFrom().failure(new ApiException(ErrorCode.CONFLICT, NOT_SENT));
                        case "CANCELLED" -> Uni.createFrom().item(found);
                        default -> conn.preparedQuery(CANCEL).execute(Tuple.of(id, SqlTimes.of(now)))
                                .map(updated -> ScheduledDirective.of(updated.iterator().next()))
                                .call(() -> audit.record(conn, new AuditEntry(AuditAction.DIRECTIVE_SCHEDULE_CANCELLED,
                                        AuditOutcome.SUCCESS, row.getString("sender_owner"), String.valueOf(id),
                                        row.getString("school_code"), null, null, Map.of())));
                    };
                }));
    }

    /** Sends every scheduled directive due at {@code now}, one transaction each; answers how many went. */
    public Uni<Integer> sendDue(Instant now) {
        return OneAtATime.repeat(MAX_PER_RUN, () -> pool.withTransaction(conn -> conn.preparedQuery(CLAIM)
                        .execute(Tuple.of(SqlTimes.of(now)))
                        .chain(rows -> {
                            RowIterator<Row> it = rows.iterator();
                            return it.hasNext() ? send(conn, it.next(), now).map(Optional::of)
                                    : Uni.createFrom().item(Optional.<Optional<DirectiveSender.Result>>empty());
                        }))
                .map(claimed -> {
                    claimed.ifPresent(sent -> sent.ifPresent(sender::committed));
                    return claimed.isPresent();
                }));
    }

    /**
     * The claimed row's directive (or forward), planned again as its sender may send it now and written; a send that
     * is no longer allowed marks the row FAILED instead ({@link NotSent}), audited in the same transaction.
     */
    private Uni<Optional<DirectiveSender.Result>> send(SqlConnection conn, Row row, Instant now) {
        long id = row.getLong("id");
        boolean forward = FORWARD.equals(row.getString("route"));
        Instant sendAt = SqlTimes.instant(row, "send_at");
        SignedInPerson person = new SignedInPerson(row.getString("sender_phone"), row.getString("sender_staff_code"));
        Uni<DirectiveSender.Result> written;
        try {
            if (forward) {
                ForwardRequest request = json.readValue(row.getString("request"), ForwardRequest.class);
                written = sender.planForward(conn, person, row.getLong("parent_id"), request, sendAt)
                        .chain(plan -> sender.writeForward(conn, plan, now));
            } else {
                DirectiveRequest request = json.readValue(row.getString("request"), DirectiveRequest.class);
                written = sender.plan(conn, person, Route.valueOf(row.getString("route")), row.getString("unit_code"),
                        request).chain(plan -> sender.write(conn, plan, DirectiveDraft.of(request, sendAt), now));
            }
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return written.map(Object.class::cast)
                .onFailure(ApiException.class).recoverWithItem(e -> e)
                .chain(done -> done instanceof DirectiveSender.Result result
                        ? conn.preparedQuery(SENT).execute(Tuple.of(id, result.written().id(), SqlTimes.of(now)))
                                .replaceWith(Optional.of(result))
                        : failed(conn, row, whyNot((ApiException) done, forward), now)
                                .replaceWith(Optional.<DirectiveSender.Result>empty()));
    }

    /** A forward the sender can no longer find among those they may forward (404) lost the right as well. */
    private static NotSent whyNot(ApiException e, boolean forward) {
        return forward && e.code() == ErrorCode.NOT_FOUND ? NotSent.notPermitted(NOT_PERMITTED)
                : NotSent.of(e, NOT_PERMITTED);
    }

    private Uni<Void> failed(SqlConnection conn, Row row, NotSent why, Instant now) {
        long id = row.getLong("id");
        return conn.preparedQuery(FAILED).execute(Tuple.of(id, why.code(), why.reason(), SqlTimes.of(now)))
                .chain(() -> audit.record(conn, new AuditEntry(AuditAction.DIRECTIVE_SCHEDULE_FAILED,
                        AuditOutcome.FAILURE, row.getString("sender_owner"), String.valueOf(id),
                        row.getString("school_code"), null, null, Map.of("route", row.getString("route"),
                        "code", why.code()))));
    }
}
