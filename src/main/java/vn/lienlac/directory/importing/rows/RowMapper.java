package vn.lienlac.directory.importing.rows;

import vn.lienlac.directory.importing.ImportColumn;

/**
 * Validates one row into a record. A mapper lives for one import (it remembers codes already seen), reports
 * problems to {@code issues}, and may return null when the row has errors.
 */
@FunctionalInterface
public interface RowMapper<C extends ImportColumn, T> {

    T map(RowInput<C> row, RowIssues issues);
}
