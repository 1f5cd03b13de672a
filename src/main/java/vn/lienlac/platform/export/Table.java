package vn.lienlac.platform.export;

import java.util.List;

/**
 * A table to export as CSV or XLSX ({@link TableWriters}): a title (the XLSX sheet's name), a header row in
 * Vietnamese and rows of cells. A cell is one of
 * <ul>
 *   <li>a {@code String}: text (formula-like text is neutralised, {@link SpreadsheetCells});</li>
 *   <li>a {@code Number} ({@code Long}, {@code Integer}, {@code BigDecimal}, {@code Double}): a number;</li>
 *   <li>a {@link Percent}: a percentage, given in points ({@code 80.0});</li>
 *   <li>a {@code LocalDate} or a {@code LocalDateTime} (already in the platform's zone): a date, or a date and time;</li>
 *   <li>a {@code Boolean}: "Có" or "Không";</li>
 *   <li>null: an empty cell.</li>
 * </ul>
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        // Rows may hold nulls (empty cells), which List.copyOf refuses: copy the outer list only.
        rows = List.copyOf(rows);
    }

    @Override
    public String toString() {
        return "Table[" + title + ", " + rows.size() + " rows]";
    }
}
