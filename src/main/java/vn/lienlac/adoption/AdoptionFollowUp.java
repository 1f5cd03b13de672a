package vn.lienlac.adoption;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import vn.lienlac.directory.model.SchoolYears;

/**
 * The lists of who has not activated yet, for a school or one of its classes (docs/adoption.md). No access checks
 * here: the REST resource asks the access policy first.
 */
@ApplicationScoped
public class AdoptionFollowUp {

    private final AdoptionQueries figures;
    private final NotActivatedQueries queries;
    private final Clock clock;

    AdoptionFollowUp(AdoptionQueries figures, NotActivatedQueries queries, Clock clock) {
        this.figures = figures;
        this.queries = queries;
        this.clock = clock;
    }

    /** Staff and guardians of the school not activated; a null item when no school has this code. */
    public Uni<NotActivated> school(String schoolCode) {
        String year = SchoolYears.current(clock);
        return figures.school(schoolCode).chain(school -> school == null ? Uni.createFrom().nullItem()
                : Uni.combine().all().unis(queries.staff(schoolCode, year), queries.guardians(schoolCode))
                        .with((staff, guardians) -> new NotActivated(school.code(), school.name(), null,
                                clock.instant(), staff, guardians)));
    }

    /**
     * The class's homeroom teacher and teachers, and its students' guardians, not activated; a null item when the
     * school has no active class with this id.
     */
    public Uni<NotActivated> schoolClass(String schoolCode, long classId) {
        String year = SchoolYears.current(clock);
        return figures.school(schoolCode).chain(school -> school == null ? Uni.createFrom().nullItem()
                : queries.classOf(schoolCode, classId).chain(exists -> !exists ? Uni.createFrom().nullItem()
                        : Uni.combine().all()
                                .unis(queries.classStaff(schoolCode, year, classId),
                                        queries.classGuardians(schoolCode, classId))
                                .with((staff, guardians) -> new NotActivated(school.code(), school.name(), classId,
                                        clock.instant(), staff, guardians))));
    }
}
