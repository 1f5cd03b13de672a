package vn.lienlac.directory.rest;

import vn.lienlac.directory.model.SchoolLevel;
import vn.lienlac.directory.store.OrganisationQueries.SchoolDetailRow;

/** A school with the size of its current school year. */
public record SchoolDetailResponse(String code, String name, SchoolLevel level, String levelLabel, boolean active,
        UnitRef district, SchoolCounts counts) {

    /**
     * @param activeGuardians distinct active guardians actively linked to the school's active students
     * @param classes         active classes of the current school year
     */
    public record SchoolCounts(long activeStudents, long activeStaff, long activeGuardians, long classes) {
    }

    static SchoolDetailResponse from(SchoolDetailRow row) {
        return new SchoolDetailResponse(row.code(), row.name(), row.level(), row.level().label(), row.active(),
                new UnitRef(row.districtCode(), row.districtName()),
                new SchoolCounts(row.activeStudents(), row.activeStaff(), row.activeGuardians(), row.classes()));
    }
}
