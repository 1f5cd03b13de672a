package vn.lienlac.directory.sync;

/**
 * Row figures of an import, counted on the primary entity (the student for student imports, the staff member for
 * staff imports). {@code created + updated + unchanged + invalid = rows}; deactivations are of records the import
 * does not list and are counted apart.
 *
 * @param rows        data rows read from the source (valid and invalid)
 * @param created     rows whose student or staff member did not exist yet
 * @param updated     rows of existing records where anything changed (the record itself, its class, guardians,
 *                    homeroom or teaching), including reactivations
 * @param deactivated records of the school deactivated because a snapshot import no longer lists them
 * @param unchanged   valid rows that changed nothing
 * @param invalid     rows left out because they are invalid
 */
public record ImportCounts(int rows, int created, int updated, int deactivated, int unchanged, int invalid) {
}
