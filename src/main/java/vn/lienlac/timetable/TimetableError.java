package vn.lienlac.timetable;

/**
 * Why one cell (or a header, or a whole row) of a timetable was not accepted.
 *
 * @param row     the row number Excel shows (1-based); for an entered timetable, the cell's index from 1
 * @param column  the column letter Excel shows ("D"), or null for a whole-row problem
 * @param header  the column's header as written (a class name, "Thứ"), or null
 * @param code    stable machine code: {@code UNKNOWN_CLASS}, {@code INVALID_DAY}, {@code INVALID_SESSION},
 *                {@code INVALID_PERIOD}, {@code DUPLICATE_SLOT}, {@code TOO_LONG}, {@code MISSING_HEADER}, …
 * @param message what is wrong and how to fix it, in Vietnamese
 */
public record TimetableError(int row, String column, String header, String code, String message) {
}
