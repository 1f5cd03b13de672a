package vn.lienlac.directory.sync.engine;

import java.util.Objects;
import vn.lienlac.directory.importing.StaffUnit;

/**
 * The unit an import is for: a school, a district office for its own staff, or a department (Sở GDĐT) for its own
 * staff (an "office import", see docs/import.md). Office staff belong to no school, so an office import has no school
 * id; a department's staff belong to no district office either.
 *
 * @param id               the school's id; null for an office import
 * @param code             the school's code, or the office's (district office's or department's) code
 * @param districtOfficeId the school's district office, or the district office itself; null for a department
 * @param departmentId     the department of a department's import; null otherwise
 */
public record School(Long id, String code, Long districtOfficeId, Long departmentId) {

    public School(long id, String code, long districtOfficeId) {
        this(Long.valueOf(id), code, Long.valueOf(districtOfficeId), null);
    }

    /** A district office, for an import of its own staff. */
    public static School office(String districtCode, long districtOfficeId) {
        return new School(null, districtCode, districtOfficeId, null);
    }

    /** A department, for an import of its own staff. */
    public static School department(String departmentCode, long departmentId) {
        return new School(null, departmentCode, null, departmentId);
    }

    /** True for an import of an office's own staff (a district office's or a department's). */
    public boolean office() {
        return id == null;
    }

    /** Whose staff the import lists. */
    public StaffUnit unit() {
        return id != null ? StaffUnit.SCHOOL : departmentId != null ? StaffUnit.DEPARTMENT : StaffUnit.DISTRICT_OFFICE;
    }

    /** Whether a staff row of this school id (null: office staff) and these owners belongs to this unit. */
    public boolean holds(Long schoolId, Long officeId, Long departmentId) {
        return office()
                ? schoolId == null && Objects.equals(officeId, districtOfficeId)
                        && Objects.equals(departmentId, this.departmentId)
                : id.equals(schoolId);
    }

    /** Whether a class or assignment of this school id is this unit's (never for an office). */
    public boolean isSchool(long schoolId) {
        return id != null && id == schoolId;
    }
}
