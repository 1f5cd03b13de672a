package vn.lienlac.directory.sync;

import vn.lienlac.directory.importing.ImportFormat;
import vn.lienlac.directory.importing.StaffUnit;

/**
 * What the caller asked for, besides the records themselves. An import is for a school ({@code schoolCode}) or,
 * for staff only, for a district office's own staff ({@code districtCode}) or a department's own staff
 * ({@code departmentCode}); exactly one of the three is set.
 *
 * @param schoolCode  the school imported into, or null for an office import
 * @param schoolYear  e.g. {@code 2026-2027}; classes named in the import belong to this school year
 * @param dryRun      compute and return the full diff, write nothing
 * @param skipInvalid apply the valid rows and report the invalid ones, instead of rejecting the whole import
 * @param fileName    the uploaded file's name, or null
 * @param fileSha256  hex SHA-256 of the file as received; for a JSON push, of the records as the server
 *                    serialises them again (so the portal's whitespace or key order does not change it)
 * @param actor       who asked (principal name)
 * @param districtCode the district office whose own staff are imported, or null
 * @param departmentCode the department (Sở GDĐT) whose own staff are imported, or null
 * @param actorName   who asked, as a person reads it (a staff member's name), or null when unknown
 */
public record ImportRequest(
        String schoolCode,
        ImportMode mode,
        ImportFormat format,
        String schoolYear,
        boolean dryRun,
        boolean skipInvalid,
        String fileName,
        String fileSha256,
        String actor,
        String districtCode,
        String departmentCode,
        String actorName) {

    public ImportRequest(String schoolCode, ImportMode mode, ImportFormat format, String schoolYear, boolean dryRun,
            boolean skipInvalid, String fileName, String fileSha256, String actor, String districtCode,
            String departmentCode) {
        this(schoolCode, mode, format, schoolYear, dryRun, skipInvalid, fileName, fileSha256, actor, districtCode,
                departmentCode, null);
    }

    /** A school's import. */
    public ImportRequest(String schoolCode, ImportMode mode, ImportFormat format, String schoolYear, boolean dryRun,
            boolean skipInvalid, String fileName, String fileSha256, String actor) {
        this(schoolCode, mode, format, schoolYear, dryRun, skipInvalid, fileName, fileSha256, actor, null, null);
    }

    /** True for an import of an office's own staff: a district office's or a department's. */
    public boolean forOffice() {
        return districtCode != null || departmentCode != null;
    }

    /** Whose staff the import lists. */
    public StaffUnit unit() {
        return departmentCode != null ? StaffUnit.DEPARTMENT
                : districtCode != null ? StaffUnit.DISTRICT_OFFICE : StaffUnit.SCHOOL;
    }

    /** The same request, for a district office's own staff instead of a school. */
    public ImportRequest forOffice(String district) {
        return new ImportRequest(null, mode, format, schoolYear, dryRun, skipInvalid, fileName, fileSha256, actor,
                district, null, actorName);
    }

    /** The same request, for a department's own staff instead of a school. */
    public ImportRequest forDepartment(String department) {
        return new ImportRequest(null, mode, format, schoolYear, dryRun, skipInvalid, fileName, fileSha256, actor,
                null, department, actorName);
    }

    /** The same request, naming who asked. */
    public ImportRequest withActorName(String name) {
        return new ImportRequest(schoolCode, mode, format, schoolYear, dryRun, skipInvalid, fileName, fileSha256, actor,
                districtCode, departmentCode, name);
    }
}
