package vn.lienlac.directory.importing;

/**
 * Why one row (or, with row 0 / 1, the file's header) was not accepted.
 *
 * @param row     1-based row number in the source (file header is row 1; JSON items count from 1)
 * @param column  the column header as written in the file, or the JSON field name; null for a whole-row problem
 * @param code    stable machine code, e.g. {@code INVALID_PHONE}, {@code REQUIRED}, {@code DUPLICATE_CODE}
 * @param message what is wrong and how to fix it, in Vietnamese
 */
public record RowError(int row, String column, String code, String message) {
}
