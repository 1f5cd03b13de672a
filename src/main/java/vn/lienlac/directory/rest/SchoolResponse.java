package vn.lienlac.directory.rest;

import vn.lienlac.directory.model.SchoolLevel;
import vn.lienlac.directory.store.OrganisationQueries.SchoolRow;

/** A school in a list. {@code levelLabel} is Vietnamese, e.g. "Trung học cơ sở". */
public record SchoolResponse(String code, String name, SchoolLevel level, String levelLabel, String districtCode,
        boolean active) {

    static SchoolResponse from(SchoolRow row) {
        return new SchoolResponse(row.code(), row.name(), row.level(), row.level().label(), row.districtCode(),
                row.active());
    }
}
