package vn.lienlac.directory.importing.table;

import java.util.List;
import vn.lienlac.directory.importing.ImportColumn;
import vn.lienlac.directory.importing.RowError;

/**
 * A file read as a header and data rows.
 *
 * @param layout   the header, or null when no header row was found
 * @param rows     the non-blank rows below the header
 * @param errors   file-level errors (missing columns); when present, the rows must not be imported
 * @param warnings file-level warnings (unknown columns)
 */
public record Table<C extends Enum<C> & ImportColumn>(
        HeaderLayout<C> layout, List<SheetRow> rows, List<RowError> errors, List<RowError> warnings) {

    public boolean usable() {
        return layout != null && errors.isEmpty();
    }
}
