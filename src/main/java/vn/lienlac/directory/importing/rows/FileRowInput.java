package vn.lienlac.directory.importing.rows;

import vn.lienlac.directory.importing.ImportColumn;
import vn.lienlac.directory.importing.table.HeaderLayout;
import vn.lienlac.directory.importing.table.SheetRow;

/** A data row of a CSV or XLSX file, read through the file's header. */
public record FileRowInput<C extends Enum<C> & ImportColumn>(SheetRow sheetRow, HeaderLayout<C> layout)
        implements RowInput<C> {

    @Override
    public int row() {
        return sheetRow.number();
    }

    @Override
    public String text(C column) {
        return layout.cell(sheetRow, column);
    }

    @Override
    public String columnName(C column) {
        return layout.columnName(column);
    }
}
