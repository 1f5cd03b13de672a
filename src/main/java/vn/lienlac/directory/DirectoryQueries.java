package vn.lienlac.directory;

import vn.lienlac.directory.text.PhoneNumbers;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.store.ClassQueries;
import vn.lienlac.directory.store.ClassQueries.ClassRow;
import vn.lienlac.directory.store.GuardianQueries;
import vn.lienlac.directory.store.OrganisationQueries;
import vn.lienlac.directory.store.OrganisationQueries.SchoolDetailRow;
import vn.lienlac.directory.store.Page;
import vn.lienlac.directory.store.SearchTerm;
import vn.lienlac.directory.store.StaffQueries;
import vn.lienlac.directory.store.StaffQueries.StaffFilter;
import vn.lienlac.directory.store.StaffQueries.StaffRow;
import vn.lienlac.directory.store.StudentQueries;
import vn.lienlac.directory.store.StudentQueries.StudentFilter;
import vn.lienlac.directory.store.StudentQueries.StudentRow;

/**
 * Reading the directory: schools, classes, students, staff and guardians. Every method returns a null item
 * when the school, student or guardian it is asked about does not exist.
 */
@ApplicationScoped
public class DirectoryQueries {

    /** The most items of each kind a search returns. */
    public static final int SEARCH_LIMIT = 20;

    private final OrganisationQueries organisation;
    private final ClassQueries classes;
    private final StudentQueries students;
    private final StaffQueries staff;
    private final GuardianQueries guardians;
    private final Clock clock;

    public DirectoryQueries(OrganisationQueries organisation, ClassQueries classes, StudentQueries students,
            StaffQueries staff, GuardianQueries guardians, Clock clock) {
        this.organisation = organisation;
        this.classes = classes;
        this.students = students;
        this.staff = staff;
        this.guardians = guardians;
        this.clock = clock;
    }

    /** Counts of the current school year. */
    @WithSession
    public Uni<SchoolDetailRow> school(String schoolCode) {
        return organisation.schoolDetail(schoolCode, currentSchoolYear());
    }

    /** @param schoolYear null: the current school year */
    @WithSession
    public Uni<List<ClassRow>> classes(String schoolCode, String schoolYear) {
        String year = schoolYear != null ? schoolYear : currentSchoolYear();
        return inSchool(schoolCode, schoolId -> classes.ofSchool(schoolId, year));
    }

    /**
     * @param text      null or blank: every student; otherwise a name (any case, with or without diacritics) or
     *                  an exact student code
     * @param className null: every class
     * @param classIds  null: every student; otherwise only those currently in one of these classes (empty: none)
     */
    @WithSession
    public Uni<Page<StudentRow>> students(String schoolCode, String text, String className, boolean includeInactive,
            Set<Long> classIds, int page, int size) {
        StudentFilter filter = new StudentFilter(term(text), className, includeInactive, classIds);
        return inSchool(schoolCode, schoolId -> students.page(schoolId, filter, page, size));
    }

    /**
     * Classes, subjects and homeroom class are those of the current school year.
     *
     * @param text null or blank: everyone; otherwise a name, an exact staff code or a phone number
     */
    @WithSession
    public Uni<Page<StaffMember>> staff(String schoolCode, String text, boolean includeInactive, int page, int size) {
        StaffFilter filter = new StaffFilter(term(text), includeInactive);
        String year = currentSchoolYear();
        return inSchool(schoolCode, schoolId -> staff.page(schoolId, filter, page, size)
                .chain(found -> withTeaching(found, year)));
    }

    @WithSession
    public Uni<StudentDetail> student(String studentCode) {
        return students.detail(studentCode).chain(student -> student == null
                ? Uni.createFrom().nullItem()
                : students.enrollments(student.id()).chain(enrollments -> students.guardians(student.id())
                        .map(links -> new StudentDetail(student, enrollments, links))));
    }

    /** @param phone E.164 */
    @WithSession
    public Uni<GuardianDetail> guardian(String phone) {
        return guardians.byPhone(phone).chain(guardian -> guardian == null
                ? Uni.createFrom().nullItem()
                : guardians.children(guardian.id()).map(children -> new GuardianDetail(guardian, children)));
    }

    /**
     * Active students (name or code), staff (name, code or phone) and guardians (name or phone).
     *
     * @param classIds null: all the school's students and their guardians; otherwise only students currently in one
     *                 of these classes and their guardians (empty: none)
     */
    @WithSession
    public Uni<SchoolSearch> search(String schoolCode, String text, Set<Long> classIds) {
        SearchTerm term = term(text);
        if (term == null) {
            return inSchool(schoolCode, schoolId -> Uni.createFrom().item(SchoolSearch.NOTHING));
        }
        StudentFilter studentFilter = new StudentFilter(term, null, false, classIds);
        return inSchool(schoolCode, schoolId ->
                students.page(schoolId, studentFilter, 0, SEARCH_LIMIT).chain(foundStudents ->
                        staff.page(schoolId, new StaffFilter(term, false), 0, SEARCH_LIMIT).chain(foundStaff ->
                                guardians.search(schoolId, term, classIds, SEARCH_LIMIT).map(foundGuardians ->
                                        new SchoolSearch(foundStudents.items(), foundStaff.items(), foundGuardians)))));
    }

    public String currentSchoolYear() {
        return SchoolYears.current(clock);
    }

    /** Adds each person's classes, subjects and homeroom class: two queries for the whole page. */
    private Uni<Page<StaffMember>> withTeaching(Page<StaffRow> found, String schoolYear) {
        List<Long> ids = found.items().stream().map(StaffRow::id).toList();
        return staff.assignments(ids, schoolYear).chain(assignments -> staff.homerooms(ids, schoolYear)
                .map(homerooms -> {
                    List<StaffMember> members = found.items().stream()
                            .map(s -> StaffMember.of(s, assignments, homerooms))
                            .toList();
                    return new Page<>(members, found.total(), found.page(), found.size());
                }));
    }

    private static SearchTerm term(String text) {
        return SearchTerm.of(text, PhoneNumbers.normalise(text).orElse(null));
    }

    private <T> Uni<T> inSchool(String schoolCode, LongFunction<Uni<T>> work) {
        return organisation.schoolId(schoolCode)
                .chain(schoolId -> schoolId == null ? Uni.createFrom().nullItem() : work.apply(schoolId));
    }
}
