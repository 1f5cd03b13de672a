package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import vn.lienlac.directory.model.Relationship;

/** Read projections of guardians and the children they are linked to. */
@ApplicationScoped
public class GuardianQueries {

    public record GuardianRow(long id, String fullName, String phone, boolean active) {

        @Override
        public String toString() {
            return "GuardianRow[id=" + id + "]";
        }
    }

    /** @param className the child's current class, or null */
    public record ChildRow(String studentCode, String fullName, String schoolCode, String schoolName,
            String className, Relationship relationship) {

        @Override
        public String toString() {
            return "ChildRow[code=" + studentCode + "]";
        }
    }

    private static final String SELECT_GUARDIAN = "select g.id, g.fullName, g.phone, g.active from Guardian g";

    /** Null when no guardian has this E.164 number. */
    public Uni<GuardianRow> byPhone(String phone) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery(SELECT_GUARDIAN + " where g.phone = :phone", GuardianRow.class)
                .setParameter("phone", phone)
                .getSingleResultOrNull());
    }

    /** Active students actively linked to this guardian, in every school. */
    public Uni<List<ChildRow>> children(long guardianId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("""
                        select s.studentCode, s.fullName, sc.code, sc.name,
                          (select c.name from Enrollment e join e.schoolClass c
                            where e.student = s and e.active = true),
                          sg.relationship
                        from StudentGuardian sg join sg.student s join s.school sc
                        where sg.guardian.id = :guardian and sg.active = true and s.active = true
                        order by sc.code, s.nameSearch, s.studentCode""", ChildRow.class)
                .setParameter("guardian", guardianId)
                .getResultList());
    }

    /**
     * Active guardians of the school's active students whose name (or phone) matches, at most {@code limit}.
     *
     * @param classIds null: guardians of any student of the school; otherwise only of students currently in one of
     *                 these classes (empty: none)
     */
    public Uni<List<GuardianRow>> search(long schoolId, SearchTerm term, Set<Long> classIds, int limit) {
        String ofStudent = "sg.student.active = true and sg.student.school.id = :school";
        if (classIds != null) {
            ofStudent += " and exists (select 1 from Enrollment e where e.student = sg.student and e.active = true"
                    + " and " + (classIds.isEmpty() ? "1 = 0" : "e.schoolClass.id in :classIds") + ")";
        }
        Conditions where = new Conditions()
                .add("g.active = true")
                .add("exists (select 1 from StudentGuardian sg where sg.guardian = g and sg.active = true and "
                        + ofStudent + ")", "school", schoolId);
        if (classIds != null && !classIds.isEmpty()) {
            where.parameter("classIds", classIds);
        }
        if (term.phone() == null) {
            where.add("g.nameSearch like :pattern escape '\\'", "pattern", term.namePattern());
        } else {
            where.add("g.phone = :phone", "phone", term.phone());
        }
        return Panache.getSession().chain(session -> where
                .bind(session.createSelectionQuery(SELECT_GUARDIAN + where.where() + " order by g.nameSearch, g.phone",
                        GuardianRow.class))
                .setMaxResults(limit)
                .getResultList());
    }
}
