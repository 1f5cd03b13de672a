package vn.lienlac.directives;

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
import java.util.function.Supplier;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Sending directives: a department officer to the district offices of their department (and directly to schools), a
 * district officer to the principals of their district's schools, a principal (or vice principal) to their school's
 * staff; a district officer forwarding what reached their office, and a principal what reached their school. The sender's position is
 * checked in the same transaction that writes, so a position deactivated meanwhile sends nothing.
 */
@ApplicationScoped
public class DirectiveSender {

    static final String NOT_OFFICER = "Chỉ chuyên viên của Phòng GDĐT này mới gửi được văn bản cho các trường.";
    static final String NOT_MANAGER = "Chỉ hiệu trưởng, phó hiệu trưởng của trường mới gửi được văn bản cho cán bộ.";
    static final String SCHOOL_REPORT = "Yêu cầu báo cáo chỉ dành cho văn bản của Phòng gửi các trường.";
    static final String NOT_FORWARDABLE = "Không tìm thấy văn bản đã gửi tới trường bạn quản lý.";
    static final String ONLY_DISTRICT = "Chỉ chuyển tiếp được văn bản của Phòng GDĐT.";
    static final String NOT_DEPARTMENT_OFFICER = "Chỉ chuyên viên của Sở GDĐT này mới gửi được văn bản của Sở.";

    /** The department's directive as it reached one of the district offices the caller is an officer of. */
    private static final String FORWARDABLE_BY_OFFICE = """
            SELECT d.document_number, d.issued_on, d.subject, r.district_office_id
            FROM directive d JOIN directive_recipient r ON r.directive_id = d.id
            WHERE d.id = $1 AND d.department_id IS NOT NULL AND r.district_office_id = ANY($2)
            ORDER BY r.district_office_id LIMIT 1""";

    /** The directive as it reached one of the schools the caller manages. */
    private static final String FORWARDABLE = """
            SELECT d.document_number, d.issued_on, d.subject, d.school_id AS from_school, r.school_id
            FROM directive d JOIN directive_recipient r ON r.directive_id = d.id
            WHERE d.id = $1 AND r.school_id = ANY($2)
            ORDER BY r.school_id LIMIT 1""";

    /** Forwarding is reading: the forwarding principal's own copy counts as read. */
    private static final String MARK_READ = """
            UPDATE directive_recipient SET fetched_at = coalesce(fetched_at, $3), read_at = coalesce(read_at, $3)
            WHERE directive_id = $1 AND staff_id = ANY($2)""";

    private final Pool pool;
    private final Actors actors;
    private final Recipients recipients;
    private final DirectiveWriter writer;
    private final InboxDelivery inbox;
    private final Clock clock;

    public DirectiveSender(Pool pool, Actors actors, Recipients recipients, DirectiveWriter writer,
            InboxDelivery inbox, Clock clock) {
        this.pool = pool;
        this.actors = actors;
        this.recipients = recipients;
        this.writer = writer;
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * The result of a send: the new directive, whom it reached, and the units asked for that had nobody to receive it
     * (schools without a principal; from a department, district offices without an officer).
     */
    public record Sent(long id, int recipients, List<String> schoolsWithoutPrincipal,
            List<String> districtsWithoutOfficer) {
    }

    /** Where a new (not forwarded) directive is sent from: the unit whose code is in the path. */
    public enum Route {
        DEPARTMENT, DISTRICT, SCHOOL
    }

    /**
     * Who sends from where to whom, checked and resolved in a transaction but not written yet: a send writes it at
     * once, a scheduled send ({@code vn.lienlac.directives.scheduled}) checks it now and again at its time.
     */
    public record Plan(Route route, Actor actor, Position sender, Audience audience, Recipients.Resolved resolved) {
    }

    /**
     * A department officer's directive to the officers of all or chosen district offices of the department, and/or
     * directly to the principals of chosen schools or of every school of chosen districts.
     */
    public Uni<Sent> fromDepartment(SignedInPerson person, String departmentCode, DirectiveRequest request) {
        return send(person, Route.DEPARTMENT, departmentCode, request);
    }

    /** A district officer's directive to the principals of all or some of the district's schools. */
    public Uni<Sent> fromDistrict(SignedInPerson person, String districtCode, DirectiveRequest request) {
        return send(person, Route.DISTRICT, districtCode, request);
    }

    /** A principal's (or vice principal's) directive to the staff of their school. */
    public Uni<Sent> fromSchool(SignedInPerson person, String schoolCode, DirectiveRequest request) {
        return send(person, Route.SCHOOL, schoolCode, request);
    }

    private Uni<Sent> send(SignedInPerson person, Route route, String unitCode, DirectiveRequest request) {
        Instant now = clock.instant();
        if (route == Route.SCHOOL && request.reportRequest() != null) {
            return Uni.createFrom().failure(FieldProblem.invalid("reportRequest", SCHOOL_REPORT));
        }
        return draft(() -> DirectiveDraft.of(request, now)).chain(draft -> pool.withTransaction(conn ->
                        plan(conn, person, route, unitCode, request).chain(plan -> write(conn, plan, draft, now))))
                .invoke(result -> inbox.committed(result.written().write()))
                .map(Result::sent);
    }

    /**
     * Checks in {@code conn} that the person holds a position that sends from this unit (403 otherwise), and resolves
     * the audience (400 for a refused code). Writes nothing.
     */
    public Uni<Plan> plan(SqlConnection conn, SignedInPerson person, Route route, String unitCode,
            DirectiveRequest request) {
        if (route == Route.SCHOOL && request.reportRequest() != null) {
            return Uni.createFrom().failure(FieldProblem.invalid("reportRequest", SCHOOL_REPORT));
        }
        Audience audience = audience(request.audience());
        return actors.load(conn, person).chain(actor -> switch (route) {
            case DEPARTMENT -> {
                Position sender = actor.first(p -> p.departmentOfficerOf(unitCode))
                        .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, NOT_DEPARTMENT_OFFICER));
                yield recipients.ofDepartment(conn, sender.departmentId(), audience)
                        .map(resolved -> new Plan(route, actor, sender, audience, resolved));
            }
            case DISTRICT -> {
                Position sender = actor.first(p -> p.officerOf(unitCode))
                        .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, NOT_OFFICER));
                yield recipients.ofDistrict(conn, sender.districtId(), audience)
                        .map(resolved -> new Plan(route, actor, sender, audience, resolved));
            }
            case SCHOOL -> {
                Position sender = actor.first(p -> p.managesSchool(unitCode))
                        .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, NOT_MANAGER));
                yield recipients.ofSchool(conn, sender.schoolId(), sender.staffId(), audience)
                        .map(resolved -> new Plan(route, actor, sender, audience, resolved));
            }
        });
    }

    /** Writes the planned directive in {@code conn}; call {@link #committed(Result)} once the transaction commits. */
    public Uni<Result> write(SqlConnection conn, Plan plan, DirectiveDraft draft, Instant now) {
        Long schoolId = plan.route() == Route.SCHOOL ? plan.sender().schoolId() : null;
        return writer.write(conn, plan.sender(), plan.actor().staffIds(), null, schoolId, draft, plan.audience(),
                        plan.resolved().recipients(), now)
                .map(written -> new Result(written,
                        plan.route() == Route.SCHOOL ? List.of() : plan.resolved().schoolsWithoutRecipient(),
                        plan.route() == Route.DEPARTMENT ? plan.resolved().districtsWithoutRecipient() : List.of()));
    }

    /** Pushes a written directive to its connected recipients, after its transaction committed. */
    public void committed(Result result) {
        inbox.committed(result.written().write());
    }

    /**
     * Forwarding, with the forwarder's own instructions: a new directive whose parent is the original. A district
     * officer forwards the department's directive that reached their office to the district's principals; a principal
     * (or vice principal) forwards an office's directive that reached their school to its staff. 404 unless the
     * original reached an office or a school the caller may forward for.
     */
    public Uni<Sent> forward(SignedInPerson person, long parentId, ForwardRequest request) {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> planForward(conn, person, parentId, request, now)
                        .chain(plan -> writeForward(conn, plan, now)))
                .invoke(result -> inbox.committed(result.written().write())).map(Result::sent);
    }

    /**
     * A forward checked and resolved, not written yet: a forward writes it at once, a scheduled forward checks it when
     * scheduled and again at its time ({@code vn.lienlac.directives.scheduled}).
     *
     * @param schoolId the forwarding school (a principal's forward to staff), null for a district office's
     * @param without  the schools asked for that have no principal (a district office's forward)
     */
    public record ForwardPlan(Actor actor, Position sender, long parentId, Long schoolId, DirectiveDraft draft,
            Audience audience, Recipients.Resolved resolved, List<String> without) {
    }

    /**
     * Checks in {@code conn} that the person may forward this directive (404 otherwise) and its content against
     * {@code at} (deadlines after it), and resolves the audience. Writes nothing.
     */
    public Uni<ForwardPlan> planForward(SqlConnection conn, SignedInPerson person, long parentId,
            ForwardRequest request, Instant at) {
        return actors.load(conn, person).chain(actor -> {
            Long[] offices = actor.positions().stream().filter(Position::districtOfficer).map(Position::districtId)
                    .toArray(Long[]::new);
            if (offices.length == 0) {
                return planToStaff(conn, actor, parentId, request, at);
            }
            return conn.preparedQuery(FORWARDABLE_BY_OFFICE).execute(Tuple.of(parentId, offices)).chain(rows -> {
                RowIterator<Row> it = rows.iterator();
                return it.hasNext() ? planFromOffice(conn, actor, parentId, it.next(), request, at)
                        : planToStaff(conn, actor, parentId, request, at);
            });
        });
    }

    /** Writes the planned forward in {@code conn} (the forwarder's copy of the original counts as read). */
    public Uni<Result> writeForward(SqlConnection conn, ForwardPlan plan, Instant now) {
        return conn.preparedQuery(MARK_READ).execute(Tuple.of(plan.parentId(), plan.actor().staffIds(),
                        SqlTimes.of(now)))
                .chain(() -> writer.write(conn, plan.sender(), plan.actor().staffIds(), plan.parentId(),
                        plan.schoolId(), plan.draft(), plan.audience(), plan.resolved().recipients(), now))
                .map(written -> new Result(written, plan.without(), List.of()));
    }

    /**
     * A district officer passing the department's directive that reached their office on to the principals of all or
     * chosen schools of the district (the cascade department → district → school → staff).
     */
    private Uni<ForwardPlan> planFromOffice(SqlConnection conn, Actor actor, long parentId, Row parent,
            ForwardRequest request, Instant at) {
        long districtId = parent.getLong("district_office_id");
        Position sender = actor.first(p -> p.districtOfficer() && p.districtId() == districtId).orElseThrow();
        DirectiveDraft draft = DirectiveDraft.forward(request, parent.getString("document_number"),
                parent.getLocalDate("issued_on"), parent.getString("subject"), at);
        Audience audience = audience(request.audience());
        return recipients.ofDistrict(conn, districtId, audience).map(resolved -> new ForwardPlan(actor, sender,
                parentId, null, draft, audience, resolved, resolved.schoolsWithoutRecipient()));
    }

    /** A principal (or vice principal) passing a directive that reached their school on to its staff. */
    private Uni<ForwardPlan> planToStaff(SqlConnection conn, Actor actor, long parentId, ForwardRequest request,
            Instant at) {
        Long[] managed = actor.positions().stream().filter(p -> p.managesSchool(p.schoolCode()))
                .map(Position::schoolId).toArray(Long[]::new);
        return conn.preparedQuery(FORWARDABLE).execute(Tuple.of(parentId, managed)).chain(rows -> {
            RowIterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                throw ApiException.notFound(NOT_FORWARDABLE);
            }
            Row parent = it.next();
            if (parent.getLong("from_school") != null) {
                throw ApiException.badRequest(ONLY_DISTRICT);
            }
            long schoolId = parent.getLong("school_id");
            Position sender = actor.first(p -> p.schoolId() != null && p.schoolId() == schoolId
                    && p.managesSchool(p.schoolCode())).orElseThrow();
            DirectiveDraft draft = DirectiveDraft.forward(request, parent.getString("document_number"),
                    parent.getLocalDate("issued_on"), parent.getString("subject"), at);
            Audience audience = audience(request.audience());
            return recipients.ofSchool(conn, sender.schoolId(), sender.staffId(), audience).map(resolved ->
                    new ForwardPlan(actor, sender, parentId, sender.schoolId(), draft, audience, resolved, List.of()));
        });
    }

    private static Audience audience(Audience audience) {
        return audience == null ? new Audience(null, null, null, null) : audience;
    }

    private static Uni<DirectiveDraft> draft(Supplier<DirectiveDraft> validation) {
        try {
            return Uni.createFrom().item(validation.get());
        } catch (ApiException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** A written directive: what to push after commit, and what to answer. */
    public record Result(DirectiveWriter.Written written, List<String> without, List<String> officesWithout) {

        public Sent sent() {
            return new Sent(written.id(), written.recipients(), without, officesWithout);
        }
    }
}
