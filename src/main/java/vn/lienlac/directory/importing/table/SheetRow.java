package vn.lienlac.directory.importing.table;

import java.util.Collections;
import java.util.List;
import vn.lienlac.directory.text.VietnameseText;

/**
 * One row of a CSV or XLSX file as text.
 *
 * @param number the spreadsheet's 1-based row number, as Excel shows it
 * @param cells  cell texts by 0-based column index; null for an empty cell
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = Collections.unmodifiableList(cells);
    }

    /** The cell at a column index, or null when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }

    /** True when no cell has visible text. */
    public boolean isBlank() {
        return cells.stream().allMatch(cell -> VietnameseText.nfc(cell) == null);
    }

    @Override
    public String toString() {
        return "SheetRow[" + number + "]";
    }
}
