package vn.lienlac.directory.rest;

import vn.lienlac.directory.store.OrganisationQueries.DistrictRow;

/** A district office with its department and its number of schools. */
public record DistrictResponse(String code, String name, String departmentCode, String departmentName,
        long schoolCount) {

    static DistrictResponse from(DistrictRow row) {
        return new DistrictResponse(row.code(), row.name(), row.departmentCode(), row.departmentName(),
                row.schoolCount());
    }
}
