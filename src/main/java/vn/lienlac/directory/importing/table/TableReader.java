package vn.lienlac.directory.importing.table;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.importing.ImportColumn;
import vn.lienlac.directory.importing.ImportFormat;
import vn.lienlac.directory.importing.RowError;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Reads a CSV or XLSX file into a {@link Table}. Sector exports often have title lines above the header
 * ("DANH SÁCH HỌC SINH", the school's name): the header is the first of the first {@value #HEADER_SEARCH_ROWS}
 * non-blank rows that names at least {@value #MIN_HEADER_MATCHES} known columns. Fully blank rows are skipped
 * everywhere; row numbers stay those of the spreadsheet. More than {@code maxDataRows} non-blank rows below the
 * header reject the file (reading stops there). Blocking: call on a worker thread.
 */
public final class TableReader {

    static final int HEADER_SEARCH_ROWS = 10;
    static final int MIN_HEADER_MATCHES = 2;

    private final int maxDataRows;

    public TableReader(int maxDataRows) {
        this.maxDataRows = maxDataRows;
    }

    public <C extends Enum<C> & ImportColumn> Table<C> read(InputStream in, ImportFormat format, Class<C> columns) {
        TableSource source = switch (format) {
            case CSV -> new CsvTableSource();
            case XLSX -> new XlsxTableSource();
            case JSON -> throw new IllegalArgumentException("JSON rows are not a table file");
        };
        var assembler = new Assembler<>(columns);
        source.read(in, assembler);
        return assembler.table();
    }

    /** The error for an import with more rows than allowed (files and JSON alike). */
    public static ApiException tooManyRows(int maxRows) {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "Mỗi lần nhập chỉ nhận tối đa " + maxRows
                + " dòng dữ liệu. Hãy chia danh sách thành nhiều tệp nhỏ hơn.");
    }

    private final class Assembler<C extends Enum<C> & ImportColumn> implements RowSink {

        private final Class<C> columns;
        private final List<SheetRow> rows = new ArrayList<>();
        private HeaderLayout<C> layout;
        private int rowsSearched;

        Assembler(Class<C> columns) {
            this.columns = columns;
        }

        @Override
        public void accept(SheetRow row) {
            if (row.isBlank()) {
                return;
            }
            if (layout != null) {
                if (rows.size() == maxDataRows) {
                    throw tooManyRows(maxDataRows);
                }
                rows.add(row);
            } else if (rowsSearched++ < HEADER_SEARCH_ROWS) {
                HeaderLayout<C> candidate = HeaderLayout.match(row, columns);
                if (candidate.matchedColumns() >= MIN_HEADER_MATCHES) {
                    layout = candidate;
                }
            }
        }

        Table<C> table() {
            if (layout == null) {
                return new Table<>(null, List.of(), noHeader(), List.of());
            }
            return new Table<>(layout, List.copyOf(rows), layout.missingColumns(), layout.warnings());
        }

        private List<RowError> noHeader() {
            List<RowError> errors = new ArrayList<>();
            for (C column : columns.getEnumConstants()) {
                if (column.required()) {
                    errors.add(new RowError(1, column.header(), "MISSING_COLUMN", "Không tìm thấy dòng tiêu đề "
                            + "trong " + HEADER_SEARCH_ROWS + " dòng đầu của tệp; thiếu cột bắt buộc “"
                            + column.header() + "”."));
                }
            }
            return errors;
        }
    }
}
