package vn.lienlac.directory.rest;

import vn.lienlac.directory.store.ClassQueries.ClassRow;

/**
 * A class with its number of active students and its homeroom teacher (null when none); {@code id} is the class's id
 * as other features take it (the timetable's {@code /classes/{id}}).
 */
public record ClassResponse(String name, String schoolYear, boolean active, long studentCount,
        HomeroomTeacher homeroomTeacher, long id) {

    public record HomeroomTeacher(String staffCode, String fullName) {
    }

    static ClassResponse from(ClassRow row) {
        HomeroomTeacher homeroom = row.homeroomStaffCode() == null
                ? null
                : new HomeroomTeacher(row.homeroomStaffCode(), row.homeroomFullName());
        return new ClassResponse(row.name(), row.schoolYear(), row.active(), row.studentCount(), homeroom,
                row.id());
    }
}
