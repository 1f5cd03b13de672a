package vn.lienlac.directory.sync.engine;

/**
 * The unit an import is for: a school, or a district office for its own staff (an "office import", see
 * docs/import.md). Office staff belong to no school, so an office import has no school id.
 *
 * @param id               the school's id; null for an office import
 * @param code             the school's code, or the district office's code for an office import
 * @param districtOfficeId the school's district office, or the office itself
 */
public record School(Long id, String code, long districtOfficeId) {

    public School(long id, String code, long districtOfficeId) {
        this(Long.valueOf(id), code, districtOfficeId);
    }

    /** A district office, for an import of its own staff. */
    public static School office(String districtCode, long districtOfficeId) {
        return new School(null, districtCode, districtOfficeId);
    }

    /** True for an import of a district office's own staff. */
    public boolean office() {
        return id == null;
    }

    /** Whether a record of this school id (null: office staff) with this office belongs to this unit. */
    public boolean holds(Long schoolId, long officeId) {
        return office() ? schoolId == null && officeId == districtOfficeId : id.equals(schoolId);
    }

    /** Whether a class or assignment of this school id is this unit's (never for an office). */
    public boolean isSchool(long schoolId) {
        return id != null && id == schoolId;
    }
}
