package vn.lienlac.adoption;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import vn.lienlac.directory.model.SchoolYears;

/**
 * Live adoption figures of a school (with its classes), a district or a department (docs/adoption.md). No access
 * checks here: the REST resource asks the access policy first; other features calling this are trusted.
 */
@ApplicationScoped
public class AdoptionFigures {

    private final AdoptionQueries queries;
    private final InvitationCounts invitations;
    private final AreaQueries areas;
    private final Clock clock;

    AdoptionFigures(AdoptionQueries queries, InvitationCounts invitations, AreaQueries areas, Clock clock) {
        this.areas = areas;
        this.queries = queries;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** The school's figures and its classes' now; a null item when no school has this code. */
    public Uni<SchoolAdoption> school(String code) {
        String year = SchoolYears.current(clock);
        return queries.school(code).chain(school -> school == null ? Uni.createFrom().nullItem()
                : Uni.combine().all()
                        .unis(queries.figures(AdoptionQueries.ONE_SCHOOL, code), queries.classes(code, year),
                                invitations.school(code, year))
                        .with((figures, classes, invited) -> new SchoolAdoption(school.code(), school.name(),
                                school.districtCode(), year, clock.instant(), only(figures),
                                classes.stream().map(c -> c.withInvitations(invited.classes()
                                        .getOrDefault(c.classId(), InvitationFigures.NONE))).toList(),
                                invited.school())));
    }

    /** The district's figures and its active schools' now; a null item when no district office has this code. */
    public Uni<AreaAdoption> district(String code) {
        return queries.district(code).chain(area -> area(area, AdoptionQueries.DISTRICT_SCHOOLS));
    }

    /**
     * The department's figures (all its districts' active schools), each district office's and each school's; a null
     * item for an unknown code.
     */
    public Uni<DepartmentAdoption> department(String code) {
        return areas.department(code).chain(rows -> rows.isEmpty() ? Uni.createFrom().nullItem()
                : queries.figures(AdoptionQueries.DEPARTMENT_SCHOOLS, code).map(schools -> {
                    AreaQueries.AreaFigures department = rows.get(0);
                    List<DistrictFigures> districts = rows.stream().filter(row -> !row.department())
                            .map(row -> new DistrictFigures(row.districtCode(), row.districtName(), row.figures()))
                            .toList();
                    return new DepartmentAdoption(department.departmentCode(), department.departmentName(),
                            clock.instant(), department.figures(), districts, schools.schools());
                }));
    }

    /** The codes of the department's district offices; an empty set for an unknown code. */
    public Uni<java.util.Set<String>> departmentDistricts(String code) {
        return areas.department(code).map(rows -> rows.stream().filter(row -> !row.department())
                .map(AreaQueries.AreaFigures::districtCode).collect(java.util.stream.Collectors.toSet()));
    }

    private Uni<AreaAdoption> area(AdoptionQueries.AreaRow area, String schools) {
        if (area == null) {
            return Uni.createFrom().nullItem();
        }
        return queries.figures(schools, area.code()).map(figures -> new AreaAdoption(area.code(), area.name(),
                clock.instant(), total(figures), figures.schools()));
    }

    /** Staff, teachers and students summed over the schools; guardians as counted once across them. */
    static Figures total(AdoptionQueries.SchoolsFigures figures) {
        Share staff = Share.of(0, 0);
        Share teachers = Share.of(0, 0);
        Share students = Share.of(0, 0);
        for (SchoolFigures school : figures.schools()) {
            staff = staff.plus(school.figures().staff());
            teachers = teachers.plus(school.figures().teachers());
            students = students.plus(school.figures().students());
        }
        return new Figures(staff, teachers, Share.of(figures.guardiansTotal(), figures.guardiansActivated()),
                students);
    }

    private static Figures only(AdoptionQueries.SchoolsFigures figures) {
        List<SchoolFigures> schools = figures.schools();
        return schools.isEmpty() ? Figures.NONE : schools.get(0).figures();
    }
}
