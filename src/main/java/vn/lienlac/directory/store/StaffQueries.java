package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.StaffRole;

/** Read projections of a school's staff and what they teach. */
@ApplicationScoped
public class StaffQueries {

    /** @param gender null when the directory does not know it */
    public record StaffRow(long id, String staffCode, String fullName, StaffRole role, String phone, String email,
            boolean active, Gender gender) {

        @Override
        public String toString() {
            return "StaffRow[code=" + staffCode + "]";
        }
    }

    /** @param subject empty when the class is taught without a named subject */
    public record AssignmentRow(long staffId, String className, String subject) {
    }

    public record HomeroomRow(long staffId, String className) {
    }

    /** @param term null: no text filter; otherwise name, exact staff code or phone number */
    public record StaffFilter(SearchTerm term, boolean includeInactive) {
    }

    private static final String FROM = " from Staff s";

    /** Sorted by name. */
    public Uni<Page<StaffRow>> page(long schoolId, StaffFilter filter, int page, int size) {
        Conditions where = conditions(schoolId, filter);
        String hql = "select s.id, s.staffCode, s.fullName, s.role, s.phone, s.email, s.active, s.gender" + FROM
                + where.where() + " order by s.nameSearch, s.fullName, s.staffCode";
        return Panache.getSession().chain(session -> where
                .bind(session.createSelectionQuery("select count(*)" + FROM + where.where(), Long.class))
                .getSingleResult()
                .chain(total -> where.bind(session.createSelectionQuery(hql, StaffRow.class))
                        .setFirstResult(page * size)
                        .setMaxResults(size)
                        .getResultList()
                        .map(items -> new Page<>(items, total, page, size))));
    }

    /** Active teaching assignments of these staff in active classes of {@code schoolYear}. */
    public Uni<List<AssignmentRow>> assignments(Collection<Long> staffIds, String schoolYear) {
        if (staffIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("""
                        select t.staff.id, c.name, t.subject
                        from TeachingAssignment t join t.schoolClass c
                        where t.staff.id in :staff and t.active = true and c.schoolYear = :year and c.active = true
                        order by c.name, t.subject""", AssignmentRow.class)
                .setParameter("staff", staffIds)
                .setParameter("year", schoolYear)
                .getResultList());
    }

    /** The active classes of {@code schoolYear} these staff are homeroom teachers of. */
    public Uni<List<HomeroomRow>> homerooms(Collection<Long> staffIds, String schoolYear) {
        if (staffIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("""
                        select c.homeroom.id, c.name
                        from SchoolClass c
                        where c.homeroom.id in :staff and c.schoolYear = :year and c.active = true
                        order by c.name""", HomeroomRow.class)
                .setParameter("staff", staffIds)
                .setParameter("year", schoolYear)
                .getResultList());
    }

    private static Conditions conditions(long schoolId, StaffFilter filter) {
        Conditions where = new Conditions().add("s.school.id = :school", "school", schoolId);
        if (!filter.includeInactive()) {
            where.add("s.active = true");
        }
        SearchTerm term = filter.term();
        if (term != null) {
            String phone = term.phone() == null ? "" : " or s.phone = :phone";
            where.add("(s.nameSearch like :pattern escape '\\' or s.staffCode = :code" + phone + ")")
                    .parameter("pattern", term.namePattern())
                    .parameter("code", term.code());
            if (term.phone() != null) {
                where.parameter("phone", term.phone());
            }
        }
        return where;
    }
}
