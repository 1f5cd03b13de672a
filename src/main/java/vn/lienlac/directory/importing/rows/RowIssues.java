package vn.lienlac.directory.importing.rows;

import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.importing.RowError;

/** The errors and warnings found in one row. A row with any error is not imported. */
public final class RowIssues {

    private final int row;
    private final List<RowError> errors = new ArrayList<>();
    private final List<RowError> warnings = new ArrayList<>();

    public RowIssues(int row) {
        this.row = row;
    }

    public void error(String column, String code, String message) {
        errors.add(new RowError(row, column, code, message));
    }

    public void warning(String column, String code, String message) {
        warnings.add(new RowError(row, column, code, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<RowError> errors() {
        return errors;
    }

    public List<RowError> warnings() {
        return warnings;
    }
}
