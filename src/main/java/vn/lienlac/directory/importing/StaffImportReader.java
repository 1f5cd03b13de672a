package vn.lienlac.directory.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import vn.lienlac.directory.importing.rows.BatchBuilder;
import vn.lienlac.directory.importing.rows.FileRowInput;
import vn.lienlac.directory.importing.rows.JsonRowInput;
import vn.lienlac.directory.importing.rows.StaffRowMapper;
import vn.lienlac.directory.importing.table.Table;
import vn.lienlac.directory.importing.table.TableReader;
import vn.lienlac.directory.model.StaffRecord;

/**
 * Reads and validates a staff list — a sector database export (XLSX or CSV) or a portal's JSON push — into
 * normalised {@link StaffRecord}s, with per-row errors and warnings. Columns, formats and error codes are in
 * {@code docs/import.md}. At most {@link ImportLimits#maxRows()} data rows (default 20,000) are accepted; a
 * larger import throws {@code ApiException(PAYLOAD_TOO_LARGE)}, a file that is not a readable XLSX/UTF-8 CSV
 * throws {@code ApiException(UNREADABLE_FILE)}.
 */
@ApplicationScoped
public class StaffImportReader {

    private final Clock clock;
    private final ImportLimits limits;

    public StaffImportReader(Clock clock, ImportLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Blocking (POI/IO): call on a worker thread. The stream is read to its end (or to the row limit); the
     * caller still owns it.
     *
     * @param format {@link ImportFormat#XLSX} or {@link ImportFormat#CSV}
     */
    public ParsedBatch<StaffRecord> read(InputStream in, ImportFormat format) {
        return read(in, format, StaffUnit.SCHOOL);
    }

    /** As {@link #read(InputStream, ImportFormat)}, for the staff of {@code unit}: its roles only. */
    public ParsedBatch<StaffRecord> read(InputStream in, ImportFormat format, StaffUnit unit) {
        Table<StaffColumn> table = new TableReader(limits.maxRows()).read(in, format, StaffColumn.class);
        if (!table.usable()) {
            return BatchBuilder.rejected(table.errors(), table.warnings());
        }
        var rows = table.rows().stream().map(row -> new FileRowInput<>(row, table.layout())).toList();
        return BatchBuilder.map(rows, new StaffRowMapper(clock, unit), table.warnings());
    }

    /** Validates pushed rows by the same rules as file rows; row numbers are 1-based array indexes. */
    public ParsedBatch<StaffRecord> fromJson(List<StaffRow> rows) {
        return fromJson(rows, StaffUnit.SCHOOL);
    }

    /** As {@link #fromJson(List)}, for the staff of {@code unit}: its roles only. */
    public ParsedBatch<StaffRecord> fromJson(List<StaffRow> rows, StaffUnit unit) {
        List<StaffRow> items = rows == null ? List.of() : rows;
        if (items.size() > limits.maxRows()) {
            throw TableReader.tooManyRows(limits.maxRows());
        }
        var inputs = IntStream.range(0, items.size()).mapToObj(i -> input(i + 1, items.get(i))).toList();
        return BatchBuilder.map(inputs, new StaffRowMapper(clock, unit), List.of());
    }

    private static JsonRowInput<StaffColumn> input(int row, StaffRow item) {
        var input = new JsonRowInput<>(row, StaffColumn.class);
        if (item == null) {
            return input;
        }
        return input.text(StaffColumn.STAFF_CODE, item.staffCode())
                .text(StaffColumn.FULL_NAME, item.fullName())
                .text(StaffColumn.DATE_OF_BIRTH, item.dateOfBirth())
                .text(StaffColumn.GENDER, item.gender())
                .text(StaffColumn.POSITION, item.position())
                .text(StaffColumn.PHONE, item.phone())
                .text(StaffColumn.EMAIL, item.email())
                .text(StaffColumn.HOMEROOM_CLASS, item.homeroomClass())
                .items(StaffColumn.SUBJECTS, item.subjects())
                .items(StaffColumn.CLASSES, item.classes());
    }
}
