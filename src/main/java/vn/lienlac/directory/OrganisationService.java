package vn.lienlac.directory;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.lienlac.directory.model.SchoolLevel;
import vn.lienlac.directory.store.Department;
import vn.lienlac.directory.store.DistrictOffice;
import vn.lienlac.directory.store.OrganisationQueries;
import vn.lienlac.directory.store.OrganisationQueries.DepartmentRow;
import vn.lienlac.directory.store.OrganisationQueries.DistrictRow;
import vn.lienlac.directory.store.OrganisationQueries.SchoolRow;
import vn.lienlac.directory.store.School;
import vn.lienlac.directory.text.VietnameseText;

/**
 * The organisation hierarchy: departments (Sở GDĐT) → district offices (Phòng GDĐT) → schools.
 * Every put is an idempotent upsert by code; a null result means the parent unit does not exist.
 */
@ApplicationScoped
public class OrganisationService {


    private final OrganisationQueries queries;
    private final Clock clock;

    public OrganisationService(OrganisationQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<DepartmentRow> putDepartment(String code, String name) {
        Instant now = clock.instant();
        String cleanName = VietnameseText.nfc(name);
        return Department.ensureAndLock(code, cleanName, now)
                .invoke(department -> department.rename(cleanName, now))
                .map(department -> new DepartmentRow(department.code, department.name));
    }

    /** Null when no department has {@code departmentCode}. */
    @WithTransaction
    public Uni<DistrictRow> putDistrict(String code, String name, String departmentCode) {
        Instant now = clock.instant();
        String cleanName = VietnameseText.nfc(name);
        return Department.findByCode(departmentCode).chain(department -> department == null
                ? Uni.createFrom().nullItem()
                : DistrictOffice.ensureAndLock(code, cleanName, department, now)
                        .invoke(district -> district.update(cleanName, department, now))
                        .call(Panache::flush)
                        .chain(() -> queries.district(code)));
    }

    /** Null when no district office has {@code districtCode}. */
    @WithTransaction
    public Uni<SchoolRow> putSchool(String code, String name, SchoolLevel level, String districtCode) {
        Instant now = clock.instant();
        String cleanName = VietnameseText.nfc(name);
        return DistrictOffice.findByCode(districtCode).chain(district -> district == null
                ? Uni.createFrom().nullItem()
                : School.ensureAndLock(code, cleanName, level, district, now)
                        .invoke(school -> school.update(cleanName, level, district, now))
                        .call(Panache::flush)
                        .chain(() -> queries.school(code)));
    }

    @WithSession
    public Uni<List<DistrictRow>> districts() {
        return queries.districts();
    }

    /** Null when no district office has this code. */
    @WithSession
    public Uni<List<SchoolRow>> schoolsOf(String districtCode) {
        return DistrictOffice.findByCode(districtCode).chain(district -> district == null
                ? Uni.createFrom().nullItem()
                : queries.schoolsOf(districtCode));
    }
}
