package vn.lienlac.directory.importing.rows;

import java.util.List;
import vn.lienlac.directory.importing.ImportColumn;

/**
 * One row to validate, whatever its source: a file row (columns named by their header as written) or a JSON item
 * (columns named by their JSON field). Validation sees only this, so both go through the same rules.
 */
public interface RowInput<C extends ImportColumn> {

    /** 1-based row number: the spreadsheet row, or the index in the JSON array. */
    int row();

    /** The raw text of a column, or null. */
    String text(C column);

    /** How errors name the column: the header as written in the file, or the JSON field name. */
    String columnName(C column);

    /** A list column's items: in a file, one cell separated by {@code ,} or {@code ;}. */
    default List<String> items(C column) {
        String text = text(column);
        return text == null ? List.of() : List.of(text.split("[,;]"));
    }
}
