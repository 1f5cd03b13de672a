package vn.lienlac.directory.sync;

import vn.lienlac.directory.importing.ImportFormat;

/**
 * What the caller asked for, besides the records themselves. An import is for a school ({@code schoolCode}) or,
 * for staff only, for a district office's own staff ({@code districtCode}); exactly one of the two is set.
 *
 * @param schoolCode  the school imported into, or null for an office import
 * @param schoolYear  e.g. {@code 2026-2027}; classes named in the import belong to this school year
 * @param dryRun      compute and return the full diff, write nothing
 * @param skipInvalid apply the valid rows and report the invalid ones, instead of rejecting the whole import
 * @param fileName    the uploaded file's name, or null
 * @param fileSha256  hex SHA-256 of the file as received; for a JSON push, of the records as the server
 *                    serialises them again (so the portal's whitespace or key order does not change it)
 * @param actor       who asked (principal name)
 * @param districtCode the district office whose own staff are imported, or null for a school's import
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
        String districtCode) {

    /** A school's import. */
    public ImportRequest(String schoolCode, ImportMode mode, ImportFormat format, String schoolYear, boolean dryRun,
            boolean skipInvalid, String fileName, String fileSha256, String actor) {
        this(schoolCode, mode, format, schoolYear, dryRun, skipInvalid, fileName, fileSha256, actor, null);
    }

    /** True for an import of a district office's own staff. */
    public boolean forOffice() {
        return districtCode != null;
    }

    /** The same request, for a district office's own staff instead of a school. */
    public ImportRequest forOffice(String district) {
        return new ImportRequest(null, mode, format, schoolYear, dryRun, skipInvalid, fileName, fileSha256, actor,
                district);
    }
}
