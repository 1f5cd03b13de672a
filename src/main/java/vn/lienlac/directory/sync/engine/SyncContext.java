package vn.lienlac.directory.sync.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.lienlac.directory.sync.ImportMode;

/**
 * What the loaders, differs and writers of one import need to know besides the records.
 *
 * @param school            the school imported into
 * @param schoolYear        the school year of the classes named in the import
 * @param mode              snapshot or delta
 * @param deactivateMissing deactivate the school's records the import does not list: a snapshot without invalid
 *                          rows (a snapshot with invalid rows cannot tell who is on them, so it deactivates nothing)
 * @param forUpdate         lock the shared rows read (guardians) until the transaction ends: true when applying
 * @param now               the one timestamp of this import (updated_at, deactivated_at, ended_at…)
 */
public record SyncContext(
        School school, String schoolYear, ImportMode mode, boolean deactivateMissing, boolean forUpdate, Instant now) {

    public boolean snapshot() {
        return mode == ImportMode.SNAPSHOT;
    }

    /** {@link #now} as the driver wants it for {@code timestamptz} parameters. */
    public OffsetDateTime timestamp() {
        return now.atOffset(ZoneOffset.UTC);
    }
}
