package vn.lienlac.directory.sync;

import java.util.List;
import java.util.UUID;
import vn.lienlac.directory.importing.RowError;
import vn.lienlac.directory.sync.rollover.Rollover;

/**
 * The outcome of one import, as returned to the caller.
 *
 * @param importId    the recorded import, to find it again in the import log; null for dry runs (nothing recorded)
 * @param status      {@code APPLIED} or {@code DRY_RUN} (a rejected import fails with {@code IMPORT_REJECTED}
 *                    instead of returning a report)
 * @param kind        students or staff
 * @param mode        snapshot (the whole school) or delta (only the rows listed)
 * @param schoolCode  the school the import is for; null for an office's own staff
 * @param schoolYear  the school year the classes named in the import belong to, e.g. {@code 2026-2027}
 * @param dryRun      true when nothing was written
 * @param skipInvalid true when invalid rows were left out instead of rejecting the whole import
 * @param counts      row figures on the primary entity
 * @param changes     every change made (or that would be made), in row order, deactivations last; unchanged records
 *                    are only counted
 * @param errors      why rows were invalid (from parsing)
 * @param warnings    what was accepted but deserves a look: from parsing (e.g. parents sharing a phone) and from the
 *                    sync (e.g. two teachers named homeroom teacher of one class)
 * @param districtCode the district office whose own staff were imported; null otherwise
 * @param departmentCode the department whose own staff were imported; null otherwise
 * @param rollover    the new school year this import starts (a student snapshot of a later year): the classes it
 *                    closes and opens, per class; null for every other import (docs/import.md, "New school year")
 */
public record ImportReport(
        UUID importId,
        ImportStatus status,
        ImportKind kind,
        ImportMode mode,
        String schoolCode,
        String schoolYear,
        boolean dryRun,
        boolean skipInvalid,
        ImportCounts counts,
        List<Change> changes,
        List<RowError> errors,
        List<RowError> warnings,
        String districtCode,
        String departmentCode,
        Rollover rollover) {
}
