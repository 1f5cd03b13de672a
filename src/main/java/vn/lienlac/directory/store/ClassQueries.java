package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Read projections of a school's classes. */
@ApplicationScoped
public class ClassQueries {

    /**
     * @param studentCount active students currently enrolled
     * @param homeroomStaffCode null when the class has no homeroom teacher
     * @param id the class's id (as in {@code /api/v1/timetable/classes/{id}})
     */
    public record ClassRow(String name, String schoolYear, boolean active, long studentCount,
            String homeroomStaffCode, String homeroomFullName, long id) {
    }

    public Uni<List<ClassRow>> ofSchool(long schoolId, String schoolYear) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("""
                        select c.name, c.schoolYear, c.active,
                          (select count(*) from Enrollment e
                            where e.schoolClass = c and e.active = true and e.student.active = true),
                          h.staffCode, h.fullName, c.id
                        from SchoolClass c left join c.homeroom h
                        where c.school.id = :school and c.schoolYear = :year
                        order by c.name""", ClassRow.class)
                .setParameter("school", schoolId)
                .setParameter("year", schoolYear)
                .getResultList());
    }
}
