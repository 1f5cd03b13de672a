package vn.lienlac.directory.rest;

import vn.lienlac.directory.store.OrganisationQueries.DepartmentRow;

public record DepartmentResponse(String code, String name) {

    static DepartmentResponse from(DepartmentRow row) {
        return new DepartmentResponse(row.code(), row.name());
    }
}
