package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.lienlac.directory.model.SchoolLevel;

/** Read projections of the organisation hierarchy: departments, district offices, schools. */
@ApplicationScoped
public class OrganisationQueries {

    public record DepartmentRow(String code, String name) {
    }

    public record DistrictRow(String code, String name, String departmentCode, String departmentName,
            long schoolCount) {
    }

    public record SchoolRow(String code, String name, SchoolLevel level, String districtCode, boolean active) {
    }

    /** A school with the sizes of its current school year; guardians are counted once across siblings. */
    public record SchoolDetailRow(long id, String code, String name, SchoolLevel level, boolean active,
            String districtCode, String districtName, long activeStudents, long activeStaff, long activeGuardians,
            long classes) {
    }

    private static final String DISTRICT = """
            select d.code, d.name, p.code, p.name, (select count(*) from School s where s.district = d)
            from DistrictOffice d join d.department p""";

    private static final String SCHOOL = """
            select s.code, s.name, s.level, d.code, s.active from School s join s.district d""";

    public Uni<List<DistrictRow>> districts() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery(DISTRICT + " order by d.code", DistrictRow.class)
                .getResultList());
    }

    public Uni<DistrictRow> district(String code) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery(DISTRICT + " where d.code = :code", DistrictRow.class)
                .setParameter("code", code)
                .getSingleResultOrNull());
    }

    public Uni<List<SchoolRow>> schoolsOf(String districtCode) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery(SCHOOL + " where d.code = :code order by s.nameSearch, s.code", SchoolRow.class)
                .setParameter("code", districtCode)
                .getResultList());
    }

    public Uni<SchoolRow> school(String code) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery(SCHOOL + " where s.code = :code", SchoolRow.class)
                .setParameter("code", code)
                .getSingleResultOrNull());
    }

    /** The id of the school with this code, or null. */
    public Uni<Long> schoolId(String code) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select s.id from School s where s.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResultOrNull());
    }

    /** Counts active people and the classes of {@code schoolYear}; null when no school has this code. */
    public Uni<SchoolDetailRow> schoolDetail(String code, String schoolYear) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("""
                        select s.id, s.code, s.name, s.level, s.active, d.code, d.name,
                          (select count(*) from Student st where st.school = s and st.active = true),
                          (select count(*) from Staff sf where sf.school = s and sf.active = true),
                          (select count(distinct sg.guardian) from StudentGuardian sg
                            where sg.student.school = s and sg.student.active = true
                              and sg.active = true and sg.guardian.active = true),
                          (select count(*) from SchoolClass c
                            where c.school = s and c.schoolYear = :year and c.active = true)
                        from School s join s.district d
                        where s.code = :code""", SchoolDetailRow.class)
                .setParameter("code", code)
                .setParameter("year", schoolYear)
                .getSingleResultOrNull());
    }
}
