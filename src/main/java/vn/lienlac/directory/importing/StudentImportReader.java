package vn.lienlac.directory.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import vn.lienlac.directory.importing.rows.BatchBuilder;
import vn.lienlac.directory.importing.rows.FileRowInput;
import vn.lienlac.directory.importing.rows.JsonRowInput;
import vn.lienlac.directory.importing.rows.StudentRowMapper;
import vn.lienlac.directory.importing.table.Table;
import vn.lienlac.directory.importing.table.TableReader;
import vn.lienlac.directory.model.StudentRecord;

/**
 * Reads and validates a student list — a sector database export (XLSX or CSV) or a portal's JSON push — into
 * normalised {@link StudentRecord}s, with per-row errors and warnings. Columns, formats and error codes are in
 * {@code docs/import.md}. At most {@link ImportLimits#maxRows()} data rows (default 20,000) are accepted; a
 * larger import throws {@code ApiException(PAYLOAD_TOO_LARGE)}, a file that is not a readable XLSX/UTF-8 CSV
 * throws {@code ApiException(UNREADABLE_FILE)}.
 */
@ApplicationScoped
public class StudentImportReader {

    private final Clock clock;
    private final ImportLimits limits;

    public StudentImportReader(Clock clock, ImportLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Blocking (POI/IO): call on a worker thread. The stream is read to its end (or to the row limit); the
     * caller still owns it.
     *
     * @param format {@link ImportFormat#XLSX} or {@link ImportFormat#CSV}
     */
    public ParsedBatch<StudentRecord> read(InputStream in, ImportFormat format) {
        Table<StudentColumn> table = new TableReader(limits.maxRows()).read(in, format, StudentColumn.class);
        if (!table.usable()) {
            return BatchBuilder.rejected(table.errors(), table.warnings());
        }
        var rows = table.rows().stream().map(row -> new FileRowInput<>(row, table.layout())).toList();
        return BatchBuilder.map(rows, new StudentRowMapper(clock), table.warnings());
    }

    /** Validates pushed rows by the same rules as file rows; row numbers are 1-based array indexes. */
    public ParsedBatch<StudentRecord> fromJson(List<StudentRow> rows) {
        List<StudentRow> items = rows == null ? List.of() : rows;
        if (items.size() > limits.maxRows()) {
            throw TableReader.tooManyRows(limits.maxRows());
        }
        var inputs = IntStream.range(0, items.size()).mapToObj(i -> input(i + 1, items.get(i))).toList();
        return BatchBuilder.map(inputs, new StudentRowMapper(clock), List.of());
    }

    private static JsonRowInput<StudentColumn> input(int row, StudentRow item) {
        var input = new JsonRowInput<>(row, StudentColumn.class);
        if (item == null) {
            return input;
        }
        return input.text(StudentColumn.STUDENT_CODE, item.studentCode())
                .text(StudentColumn.FULL_NAME, item.fullName())
                .text(StudentColumn.DATE_OF_BIRTH, item.dateOfBirth())
                .text(StudentColumn.GENDER, item.gender())
                .text(StudentColumn.CLASS_NAME, item.className())
                .text(StudentColumn.FATHER_NAME, item.fatherName())
                .text(StudentColumn.FATHER_PHONE, item.fatherPhone())
                .text(StudentColumn.MOTHER_NAME, item.motherName())
                .text(StudentColumn.MOTHER_PHONE, item.motherPhone())
                .text(StudentColumn.GUARDIAN_NAME, item.guardianName())
                .text(StudentColumn.GUARDIAN_PHONE, item.guardianPhone());
    }
}
