package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.Relationship;

/** Read projections of students, their class history and their guardians. */
@ApplicationScoped
public class StudentQueries {

    /** @param className the current (active) class, or null */
    public record StudentRow(String studentCode, String fullName, LocalDate dateOfBirth, Gender gender,
            String className, boolean active) {

        @Override
        public String toString() {
            return "StudentRow[code=" + studentCode + "]";
        }
    }

    public record StudentDetailRow(long id, String studentCode, String fullName, LocalDate dateOfBirth,
            Gender gender, boolean active, String schoolCode, String schoolName, String currentClass) {

        @Override
        public String toString() {
            return "StudentDetailRow[code=" + studentCode + "]";
        }
    }

    public record EnrollmentRow(String className, String schoolYear, boolean active, Instant startedAt,
            Instant endedAt) {
    }

    /** A guardian as seen from one student; the link and the guardian are active or not independently. */
    public record GuardianLinkRow(String fullName, String phone, Relationship relationship, boolean linkActive,
            boolean guardianActive) {

        @Override
        public String toString() {
            return "GuardianLinkRow[relationship=" + relationship + "]";
        }
    }

    /**
     * @param term      null: no text filter
     * @param className null: every class
     * @param classIds  null: every student; otherwise only students currently in one of these classes (the classes
     *                  a teacher may see; empty: none)
     */
    public record StudentFilter(SearchTerm term, String className, boolean includeInactive, Set<Long> classIds) {
    }

    private static final Comparator<GuardianLinkRow> GUARDIAN_ORDER = Comparator
            .comparing((GuardianLinkRow link) -> !link.linkActive())
            .thenComparing(GuardianLinkRow::relationship);

    private static final String FROM = """
            from Student s
            left join Enrollment e on e.student = s and e.active = true
            left join e.schoolClass c""";

    /** Sorted by class, then name; students without a current class come last. */
    public Uni<Page<StudentRow>> page(long schoolId, StudentFilter filter, int page, int size) {
        Conditions where = conditions(schoolId, filter);
        String hql = "select s.studentCode, s.fullName, s.dateOfBirth, s.gender, c.name, s.active " + FROM
                + where.where() + " order by c.name nulls last, s.nameSearch, s.fullName, s.studentCode";
        return Panache.getSession().chain(session -> where
                .bind(session.createSelectionQuery("select count(*) " + FROM + where.where(), Long.class))
                .getSingleResult()
                .chain(total -> where.bind(session.createSelectionQuery(hql, StudentRow.class))
                        .setFirstResult(page * size)
                        .setMaxResults(size)
                        .getResultList()
                        .map(items -> new Page<>(items, total, page, size))));
    }

    /** Null when no student has this code. */
    public Uni<StudentDetailRow> detail(String studentCode) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("""
                        select s.id, s.studentCode, s.fullName, s.dateOfBirth, s.gender, s.active, sc.code, sc.name,
                          (select c.name from Enrollment e join e.schoolClass c where e.student = s and e.active = true)
                        from Student s join s.school sc
                        where s.studentCode = :code""", StudentDetailRow.class)
                .setParameter("code", studentCode)
                .getSingleResultOrNull());
    }

    /** Newest first. */
    public Uni<List<EnrollmentRow>> enrollments(long studentId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("""
                        select c.name, c.schoolYear, e.active, e.startedAt, e.endedAt
                        from Enrollment e join e.schoolClass c
                        where e.student.id = :student
                        order by e.active desc, c.schoolYear desc, e.startedAt desc""", EnrollmentRow.class)
                .setParameter("student", studentId)
                .getResultList());
    }

    /** Active links first, then father, mother, guardian. */
    public Uni<List<GuardianLinkRow>> guardians(long studentId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("""
                        select g.fullName, g.phone, sg.relationship, sg.active, g.active
                        from StudentGuardian sg join sg.guardian g
                        where sg.student.id = :student
                        order by g.nameSearch""", GuardianLinkRow.class)
                .setParameter("student", studentId)
                .getResultList()
                .map(rows -> rows.stream().sorted(GUARDIAN_ORDER).toList()));
    }

    private static Conditions conditions(long schoolId, StudentFilter filter) {
        Conditions where = new Conditions().add("s.school.id = :school", "school", schoolId);
        if (!filter.includeInactive()) {
            where.add("s.active = true");
        }
        if (filter.term() != null) {
            where.add("(s.nameSearch like :pattern escape '\\' or s.studentCode = :code)")
                    .parameter("pattern", filter.term().namePattern())
                    .parameter("code", filter.term().code());
        }
        if (filter.className() != null) {
            where.add("upper(c.name) = upper(:className)", "className", filter.className());
        }
        if (filter.classIds() != null) {
            where.inClasses("c.id", filter.classIds());
        }
        return where;
    }
}
