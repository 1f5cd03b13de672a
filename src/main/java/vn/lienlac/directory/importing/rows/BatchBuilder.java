package vn.lienlac.directory.importing.rows;

import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.importing.ImportColumn;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.importing.RowError;

/** Runs every row of one import through a mapper and gathers the valid records, errors and warnings. */
public final class BatchBuilder {

    private BatchBuilder() {
    }

    /** Maps rows in order; {@code fileWarnings} (unknown columns) come first among the warnings. */
    public static <C extends ImportColumn, T> ParsedBatch<T> map(
            List<? extends RowInput<C>> rows, RowMapper<C, T> mapper, List<RowError> fileWarnings) {
        List<T> records = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        List<RowError> warnings = new ArrayList<>(fileWarnings);
        for (RowInput<C> row : rows) {
            var issues = new RowIssues(row.row());
            T record = mapper.map(row, issues);
            errors.addAll(issues.errors());
            warnings.addAll(issues.warnings());
            if (!issues.hasErrors()) {
                records.add(record);
            }
        }
        return new ParsedBatch<>(List.copyOf(records), List.copyOf(errors), List.copyOf(warnings), rows.size());
    }

    /** A file that cannot be imported at all (missing columns): no rows, only its errors. */
    public static <T> ParsedBatch<T> rejected(List<RowError> errors, List<RowError> warnings) {
        return new ParsedBatch<>(List.of(), List.copyOf(errors), List.copyOf(warnings), 0);
    }
}
