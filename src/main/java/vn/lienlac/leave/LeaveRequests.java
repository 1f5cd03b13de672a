package vn.lienlac.leave;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.lienlac.chat.inbox.InboxWrite;
import vn.lienlac.directory.AccessScopes;
import vn.lienlac.directory.Rosters;
import vn.lienlac.directory.Rosters.RosterSchool;
import vn.lienlac.directory.Rosters.RosterStudent;
import vn.lienlac.directory.StaffTitles;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.identity.Visible;
import vn.lienlac.notices.publish.LeaveAbsences;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Leave requests (docs/leave-requests.md): a guardian submits one for their own child; the homeroom teacher of the
 * child's class (or the school's leadership) approves or declines it; the parent may cancel it while it is pending.
 * An approval writes the days as absences with permission through notices ({@link LeaveAbsences}) in the same
 * transaction as the decision and the guardians' notification.
 */
@ApplicationScoped
public class LeaveRequests {

    static final String NO_REQUEST = "Không tìm thấy đơn xin nghỉ này.";
    static final String NO_STUDENT = "Không tìm thấy học sinh này.";
    static final String DECIDED = "Đơn xin nghỉ này đã được xử lý hoặc đã hủy.";

    /** What a parent sends. */
    public record Submission(String studentCode, String from, String to, String session, String reason) {
    }

    private final AccessPolicy policy;
    private final AccessScopes scopes;
    private final Rosters rosters;
    private final StaffTitles titles;
    private final LeaveStore store;
    private final LeaveNotices notices;
    private final LeaveAbsences absences;
    private final Pool pool;
    private final Clock clock;

    public LeaveRequests(AccessPolicy policy, AccessScopes scopes, Rosters rosters, StaffTitles titles,
            LeaveStore store, LeaveNotices notices, LeaveAbsences absences, Pool pool, Clock clock) {
        this.policy = policy;
        this.scopes = scopes;
        this.rosters = rosters;
        this.titles = titles;
        this.store = store;
        this.notices = notices;
        this.absences = absences;
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<LeaveRequest> submit(SecurityIdentity identity, Submission body) {
        if (body == null || body.studentCode() == null || body.studentCode().isBlank()) {
            return Uni.createFrom().failure(ApiException.badRequest("Hãy chọn con cần xin nghỉ."));
        }
        LocalDate from = LeaveRules.date(body.from(), "ngày bắt đầu nghỉ");
        LocalDate to = LeaveRules.date(body.to() == null ? body.from() : body.to(), "ngày kết thúc");
        LeaveRules.range(from, to, LocalDate.now(clock));
        String session = LeaveRules.session(body.session());
        String reason = LeaveRules.reason(body.reason());
        String code = body.studentCode().strip();
        String phone = policy.requirePerson(identity).phone();
        Supplier<ApiException> notFound = () -> ApiException.notFound(NO_STUDENT);
        return policy.requireOwnChild(code, notFound)
                .chain(() -> scopes.student(code))
                .chain(place -> rosters.school(place.schoolCode()))
                .chain(school -> rosters.students(school.id(), List.of(code)).map(found -> found.get(code))
                        .chain(student -> rosters.guardianId(phone).chain(guardianId -> {
                            if (student == null || guardianId == null) {
                                return Uni.createFrom().failure(notFound.get());
                            }
                            LeaveStore.NewRequest request = new LeaveStore.NewRequest(school.id(), school.code(),
                                    student.id(), code, student.fullName(), student.classId(), student.className(),
                                    from, to, session, reason, guardianId);
                            return teacherOf(student).chain(staffId -> insert(request, staffId));
                        })));
    }

    public Uni<LeaveRequest> cancel(long id) {
        return find(id).chain(found -> policy.requireOwnChild(found.studentCode(),
                        () -> ApiException.notFound(NO_REQUEST))
                .chain(() -> pool.withTransaction(conn -> store.decide(conn, id, "CANCELLED", null, null, null,
                        clock.instant())))
                .map(LeaveRequests::stillPending));
    }

    /** Approves or declines a pending request: the homeroom teacher of the child's class, or school leadership. */
    public Uni<LeaveRequest> decide(SecurityIdentity identity, long id, boolean approve, String comment) {
        String text = LeaveRules.comment(comment);
        String actor = "leave:" + identity.getPrincipal().getName();
        return find(id).chain(found -> (found.classId() == null ? policy.requireSchoolLeadership(found.schoolCode())
                        : policy.requireHomeroomClass(found.schoolCode(), found.classId()))
                .chain(() -> rosters.school(found.schoolCode()))
                .chain(school -> rosters.students(school.id(), List.of(found.studentCode()))
                        .chain(students -> decider(identity, school.id()).chain(teacher -> decide(school,
                                students.get(found.studentCode()), id, approve, actor, text, teacher)))));
    }

    /** The caller as the guardians' text names them, "cô Phạm Thị Hoa"; null when they are no staff of the school. */
    private Uni<StaffTitles.Titled> decider(SecurityIdentity identity, long schoolId) {
        SignedInPerson person;
        try {
            person = policy.requirePerson(identity);
        } catch (ApiException notAPerson) {
            return Uni.createFrom().nullItem();
        }
        return titles.find(schoolId, person.staffCode(), person.phone());
    }

    /** One child's requests, for whoever may see the child (docs/access.md); others 404. */
    public Uni<List<LeaveRequest>> ofStudent(String studentCode) {
        return policy.requireStudent(studentCode, () -> ApiException.notFound(NO_STUDENT))
                .chain(() -> scopes.student(studentCode))
                .chain(place -> place == null ? Uni.createFrom().failure(ApiException.notFound(NO_STUDENT))
                        : store.ofStudent(studentCode));
    }

    /** A school's requests: leadership all classes, a teacher the classes they teach or lead; others 403. */
    public Uni<List<LeaveRequest>> ofSchool(String schoolCode, String status) {
        if (status != null && !Set.of("PENDING", "APPROVED", "DECLINED", "CANCELLED").contains(status)) {
            return Uni.createFrom().failure(ApiException.badRequest(
                    "Trạng thái phải là PENDING, APPROVED, DECLINED hoặc CANCELLED."));
        }
        return policy.visibleStudentFilter(schoolCode)
                .chain((Visible<Long> classes) -> store.ofSchool(schoolCode, classes.filterOrNull(), status));
    }

    private Uni<LeaveRequest> decide(RosterSchool school, RosterStudent student, long id, boolean approve,
            String actor, String comment, StaffTitles.Titled teacher) {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> store.decide(conn, id, approve ? "APPROVED" : "DECLINED", actor,
                        comment, teacher, now)
                .chain(decided -> {
                    if (decided == null) {
                        return Uni.createFrom().<Decided>failure(new ApiException(ErrorCode.CONFLICT, DECIDED));
                    }
                    Uni<LeaveAbsences.Excused> attendance = approve && student != null
                            ? absences.excuse(conn, new LeaveAbsences.Days(id, school.id(), school.name(),
                                    student.id(), student.code(), student.fullName(), student.classId(),
                                    student.className(), decided.from(), decided.to(), decided.session(),
                                    "Đơn xin nghỉ đã được duyệt."), actor, now)
                            : Uni.createFrom().item(new LeaveAbsences.Excused(0, null));
                    return attendance.chain(excused -> notices.toGuardians(conn,
                                    student == null ? List.of() : student.guardianIds(), school.id(), school.name(),
                                    decided, decided.decidedBy(), now)
                            .map(write -> new Decided(decided, write, excused)));
                }))
                .invoke(done -> {
                    notices.committed(done.write());
                    absences.committed(done.excused());
                })
                .map(Decided::request);
    }

    private Uni<LeaveRequest> insert(LeaveStore.NewRequest request, Long staffId) {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> store.insert(conn, request, now)
                        .chain(saved -> notices.toTeacher(conn, staffId, saved, now)
                                .map(write -> new Decided(saved, write))))
                .invoke(done -> notices.committed(done.write()))
                .map(Decided::request);
    }

    private Uni<Long> teacherOf(RosterStudent student) {
        return student.classId() == null ? Uni.createFrom().nullItem() : rosters.homeroomStaffId(student.classId());
    }

    private Uni<LeaveRequest> find(long id) {
        return store.find(id).onItem().ifNull().failWith(() -> ApiException.notFound(NO_REQUEST));
    }

    private static LeaveRequest stillPending(LeaveRequest cancelled) {
        if (cancelled == null) {
            throw new ApiException(ErrorCode.CONFLICT, DECIDED);
        }
        return cancelled;
    }

    private record Decided(LeaveRequest request, InboxWrite write, LeaveAbsences.Excused excused) {

        Decided(LeaveRequest request, InboxWrite write) {
            this(request, write, null);
        }

    }
}
