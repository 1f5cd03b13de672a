package vn.lienlac.directory.importing;

import java.util.List;

/**
 * The outcome of reading and validating one import: the rows that are valid, the errors of the others,
 * and warnings that do not reject anything (an unknown column, parents sharing one phone number).
 *
 * @param rowCount number of data rows read (valid + invalid)
 */
public record ParsedBatch<T>(List<T> records, List<RowError> errors, List<RowError> warnings, int rowCount) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
