package vn.lienlac.directory.sync;

import vn.lienlac.directory.importing.ImportFormat;

/**
 * What the caller asked for, besides the records themselves.
 *
 * @param schoolYear  e.g. {@code 2026-2027}; classes named in the import belong to this school year
 * @param dryRun      compute and return the full diff, write nothing
 * @param skipInvalid apply the valid rows and report the invalid ones, instead of rejecting the whole import
 * @param fileName    the uploaded file's name, or null
 * @param fileSha256  hex SHA-256 of the file as received; for a JSON push, of the records as the server
 *                    serialises them again (so the portal's whitespace or key order does not change it)
 * @param actor       who asked (principal name)
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
        String actor) {
}
