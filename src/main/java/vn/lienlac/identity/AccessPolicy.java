package vn.lienlac.identity;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.lienlac.directory.AccessScopes;
import vn.lienlac.directory.StudentPlace;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * The one place that decides who may see and do what (docs/access.md). REST resources and WebSocket handlers ask
 * it before they act. The token says who the caller is; the directory, read on every request, says what they
 * reach ({@link Callers}): roles in the token are only a hint, so a teacher deactivated by an import loses access
 * at once. The rules themselves are pure decisions in {@link Caller}; this class fetches the facts they need.
 *
 * <p>Each {@code require...} completes with the answer or fails with {@link ApiException}: 403 where the thing
 * asked about is not secret (a school, a district), 404 where its very existence is personal data (a student,
 * a guardian), with the same body the caller gets for something that does not exist.
 */
@ApplicationScoped
public class AccessPolicy {

    private final Callers callers;
    private final AccessScopes scopes;

    public AccessPolicy(Callers callers, AccessScopes scopes) {
        this.callers = callers;
        this.scopes = scopes;
    }

    /**
     * The person of the directory an authenticated identity names, for features that act as that person (chat).
     * Fails with 403 for identities that are not a person: the admin token, a school portal's key.
     */
    public SignedInPerson requirePerson(SecurityIdentity identity) {
        SignedInPerson person = callers.person(identity);
        if (person == null) {
            throw forbidden();
        }
        return person;
    }

    /**
     * A view of one's own work as staff (a teacher's own timetable): any person, except a guardian who holds no staff
     * position anywhere, who gets 403 with {@code forGuardian} as the detail (say there where their children's view
     * is); the admin token and a portal key get 403 as in {@link #requirePerson}.
     */
    public Uni<SignedInPerson> requireOwnStaffView(SecurityIdentity identity, String forGuardian) {
        SignedInPerson person = requirePerson(identity);
        return caller().map(caller -> {
            if (caller.scope().guardian() && !caller.holdsAnyPosition()) {
                throw new ApiException(ErrorCode.FORBIDDEN, forGuardian);
            }
            return person;
        });
    }

    /** The district offices the caller may list: all for an admin, their own for a district officer. */
    public Uni<Visible<String>> visibleDistricts() {
        return caller().map(caller -> {
            if (caller.admin()) {
                return Visible.everything();
            }
            if (!caller.isOfficer()) {
                throw forbidden();
            }
            return Visible.only(caller.scope().districts());
        });
    }

    /** A district office's own data (its schools): admin and the district's officers. */
    public Uni<Void> requireDistrict(String districtCode) {
        return caller().invoke(caller -> allowOr403(caller.officerOf(districtCode))).replaceWithVoid();
    }

    /**
     * A district office's own staff — importing them, and the log of those imports: the admin, and the officers of
     * the department the district belongs to, the office above it (docs/access.md, "Who may create which role"). A
     * district officer may not make officers, not even of their own office; a school (its principal, its portal key)
     * never.
     */
    public Uni<Void> requireOfficeStaffManagement(String districtCode) {
        return caller().invoke(caller -> allowOr403(caller.managesOfficeStaffOf(districtCode))).replaceWithVoid();
    }

    /**
     * A department's own data (its adoption figures and history): the admin and the department's officers
     * ({@link Caller#officerOfDepartment}); 403 for everyone else. {@code departmentDistricts}: the codes of the
     * department's district offices, as the calling feature read them (empty for an unknown department).
     */
    public Uni<Void> requireDepartment(Set<String> departmentDistricts) {
        return caller().invoke(caller -> allowOr403(caller.officerOfDepartment(departmentDistricts)))
                .replaceWithVoid();
    }

    /**
     * A department's own staff — importing them, and the log of those imports: the admin only (nothing sits above a
     * department here). A department officer may not make department officers, a district officer never.
     */
    public Uni<Void> requireDepartmentStaffManagement(String departmentCode) {
        return caller().invoke(caller -> allowOr403(caller.admin())).replaceWithVoid();
    }

    /** A school, its classes and its staff list: admin, the district's officers, anyone working at the school. */
    public Uni<Void> requireSchoolStaffView(String schoolCode) {
        return inSchool(schoolCode, Caller::worksAt);
    }

    /** Imports and the import log of a school: admin, the district's officers, principal and vice principals. */
    public Uni<Void> requireSchoolManagement(String schoolCode) {
        return inSchool(schoolCode, Caller::managesAt);
    }

    /**
     * Settings that decide what a school's families are sent and what it costs the school (the notification policy):
     * the admin, the district's officers, the school's principal and vice principals; not its portal key.
     */
    public Uni<Void> requireSchoolLeadership(String schoolCode) {
        return inSchool(schoolCode, Caller::leads);
    }

    /**
     * A class's follow-up data (who has not activated yet): whoever manages the school
     * ({@link #requireSchoolManagement}), and the class's homeroom teacher. The caller must still check that the
     * class belongs to the school.
     */
    public Uni<Void> requireHomeroomClass(String schoolCode, long classId) {
        return inSchool(schoolCode, (caller, school) -> caller.managesAt(school)
                || caller.homeroomTeacherOf(school, classId));
    }

    /**
     * Inviting a school's not-activated people (paid messages, docs/adoption.md "Invitations"): the admin, the
     * school's principal and vice principals, the district's officers; not the school's portal key (no person).
     */
    public Uni<Void> requireSchoolInvitations(String schoolCode) {
        return inSchool(schoolCode, Caller::leads);
    }

    /**
     * Inviting a class's not-activated guardians: as {@link #requireSchoolInvitations}, and the class's homeroom
     * teacher. The caller must still check that the class belongs to the school.
     */
    public Uni<Void> requireClassInvitations(String schoolCode, long classId) {
        return inSchool(schoolCode, (caller, school) -> caller.leads(school)
                || caller.homeroomTeacherOf(school, classId));
    }

    /**
     * A class's roster with its guardians' numbers and whether they have activated (the teacher's app): the admin,
     * the school's principal and vice principals, the district's officers, and the teachers who teach the class or
     * are its homeroom teacher; not the school's portal key, other teachers or anyone else. The caller must still
     * check that the class belongs to the school.
     */
    public Uni<Void> requireClassRoster(String schoolCode, long classId) {
        return inSchool(schoolCode, (caller, school) -> caller.leads(school) || caller.teacherOf(school, classId));
    }

    /**
     * A record kept for a school's management, such as an import, looked up by id: callers who manage no school
     * at all get 403; callers who manage schools, but not this record's, get {@code notFound}, as for an unknown id.
     *
     * @param load     finds the record (null when there is none); runs only for callers who manage some school
     * @param schoolOf the record's school code; null for a record of an office's own staff (an office import),
     *                 which only the admin manages
     */
    public <T> Uni<T> requireManagedRecord(Supplier<Uni<T>> load, Function<T, String> schoolOf,
            Supplier<ApiException> notFound) {
        return requireManagedRecord(load, schoolOf, found -> null, notFound);
    }

    /**
     * As {@link #requireManagedRecord(Supplier, Function, Supplier)}, for records that may also belong to a district
     * office's own staff: such a record is managed by whoever manages that office's staff
     * ({@link #requireOfficeStaffManagement}: the admin and the officers of the department above).
     *
     * @param officeOf the district office code of a record of that office's own staff; null otherwise
     */
    public <T> Uni<T> requireManagedRecord(Supplier<Uni<T>> load, Function<T, String> schoolOf,
            Function<T, String> officeOf, Supplier<ApiException> notFound) {
        return caller().chain(caller -> {
            allowOr403(caller.managesSomewhere());
            return load.get().chain(found -> found == null
                    ? Uni.createFrom().<T>failure(notFound.get())
                    : decideOnRecord(caller, schoolOf.apply(found), officeOf.apply(found))
                            .onFailure(ApiException.class).transform(e -> notFound.get())
                            .replaceWith(found));
        });
    }

    /**
     * The classes whose students the caller may list in this school: all for admin, the district's officers,
     * principal, vice principals and nurse; the classes they teach or are homeroom teacher of for a teacher
     * (possibly none); 403 for everyone else.
     */
    public Uni<Visible<Long>> visibleStudentFilter(String schoolCode) {
        return caller().chain(caller -> {
            if (caller.seesAllStudentsAt(schoolCode)) {
                return Uni.createFrom().item(Visible.<Long>everything());
            }
            Visible<Long> taught = caller.teachesAt(schoolCode) ? Visible.only(caller.scope().classes()) : null;
            if (!caller.isOfficer()) {
                return taught != null ? Uni.createFrom().item(taught) : Uni.createFrom().failure(forbidden());
            }
            return scopes.schoolDistrict(schoolCode).map(district -> {
                if (caller.officerOf(district)) {
                    return Visible.<Long>everything();
                }
                if (taught == null) {
                    throw forbidden();
                }
                return taught;
            });
        });
    }

    /**
     * One student: admin, the district's officers, the school's principal, vice principals and nurse, teachers
     * of the student's current class, and the student's guardians. Everyone else gets {@code notFound}, which must
     * be what the caller answers for an unknown student code.
     */
    public Uni<Void> requireStudent(String studentCode, Supplier<ApiException> notFound) {
        return caller().chain(caller -> caller.admin()
                ? Uni.createFrom().voidItem()
                : scopes.student(studentCode).invoke(place -> {
                    if (place == null || !caller.sees(place)) {
                        throw notFound.get();
                    }
                }).replaceWithVoid());
    }

    /**
     * A request made as a parent of this child (leave requests): the caller must be an active guardian actively
     * linked to the student. Callers who may not see the student get {@code notFound}; staff who see them, 403.
     */
    public Uni<Void> requireOwnChild(String studentCode, Supplier<ApiException> notFound) {
        return requireStudent(studentCode, notFound).chain(() -> caller().invoke(caller -> {
            if (!caller.isGuardianOf(studentCode)) {
                throw forbidden();
            }
        })).replaceWithVoid();
    }

    /**
     * A guardian, by E.164 number: admin and the guardian themself see all their children; staff who can see at
     * least one of the children see those children only; everyone else gets {@code notFound}, which must be what
     * the caller answers for an unknown number.
     *
     * @return the student codes of the guardian's children the caller may see
     */
    public Uni<Visible<String>> requireGuardian(String e164, Supplier<ApiException> notFound) {
        return caller().chain(caller -> {
            if (caller.admin() || caller.isGuardian(e164)) {
                return Uni.createFrom().item(Visible.<String>everything());
            }
            return scopes.guardianChildren(e164).map(children -> {
                Set<String> visible = visibleCodes(children, caller::sees);
                if (visible.isEmpty()) {
                    throw notFound.get();
                }
                return Visible.only(visible);
            });
        });
    }

    /**
     * A photo of a school's activity posts (docs/notices.md): the admin, the school's portal, anyone working at the
     * school, and the guardians of a child now in one of {@code classIds} of that school (any class of it when
     * {@code wholeSchool}) — the families whose contact book shows an activity carrying the photo. Everyone else
     * gets {@code notFound}, which must be what the caller answers for an unknown photo.
     */
    public Uni<Void> requireActivityPhoto(String schoolCode, Set<Long> classIds, boolean wholeSchool,
            Supplier<ApiException> notFound) {
        return caller().invoke(caller -> {
            boolean family = caller.scope().children().stream().anyMatch(child -> schoolCode.equals(child.schoolCode())
                    && (wholeSchool || (child.classId() != null && classIds.contains(child.classId()))));
            if (!(caller.worksAt(schoolCode) || schoolCode.equals(caller.portalSchool()) || family)) {
                throw notFound.get();
            }
        }).replaceWithVoid();
    }

    /**
     * A school's class timetables — importing and editing them (docs/timetable.md): the admin and the school's
     * principal and vice principals; not the district's officers, the school's portal key or its teachers.
     */
    public Uni<Void> requireTimetableEditor(String schoolCode) {
        return caller().invoke(caller -> allowOr403(caller.leads(schoolCode))).replaceWithVoid();
    }

    /**
     * A class's timetable: the admin, the district's officers, anyone working at the school, and the guardians of a
     * child now in the class; 403 for everyone else. The caller must still check that the class belongs to the school.
     */
    public Uni<Void> requireClassTimetable(String schoolCode, long classId) {
        return inSchool(schoolCode, (caller, school) -> caller.worksAt(school) || caller.scope().children().stream()
                .anyMatch(child -> school.equals(child.schoolCode()) && Long.valueOf(classId).equals(child.classId())));
    }

    private Uni<Void> decideOnRecord(Caller caller, String schoolCode, String officeCode) {
        if (schoolCode == null) {
            boolean allowed = officeCode != null ? caller.managesOfficeStaffOf(officeCode) : caller.admin();
            return allowed ? Uni.createFrom().voidItem() : Uni.createFrom().failure(forbidden());
        }
        return decideInSchool(caller, schoolCode, Caller::managesAt);
    }

    private static Set<String> visibleCodes(List<StudentPlace> children, Predicate<StudentPlace> sees) {
        return children == null ? Set.of()
                : children.stream().filter(sees).map(StudentPlace::studentCode).collect(Collectors.toSet());
    }

    /** Allowed by a position in the school, or else as an officer of the school's district. */
    private Uni<Void> inSchool(String schoolCode, SchoolRule rule) {
        return caller().chain(caller -> decideInSchool(caller, schoolCode, rule));
    }

    private Uni<Void> decideInSchool(Caller caller, String schoolCode, SchoolRule rule) {
        if (rule.allows(caller, schoolCode)) {
            return Uni.createFrom().voidItem();
        }
        if (!caller.isOfficer()) {
            return Uni.createFrom().failure(forbidden());
        }
        return scopes.schoolDistrict(schoolCode).invoke(district -> allowOr403(caller.officerOf(district)))
                .replaceWithVoid();
    }

    private Uni<Caller> caller() {
        return callers.current();
    }

    static void allowOr403(boolean allowed) {
        if (!allowed) {
            throw forbidden();
        }
    }

    static ApiException forbidden() {
        return new ApiException(ErrorCode.FORBIDDEN);
    }

    @FunctionalInterface
    private interface SchoolRule {
        boolean allows(Caller caller, String schoolCode);
    }
}
