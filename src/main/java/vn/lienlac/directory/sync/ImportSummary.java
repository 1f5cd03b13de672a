package vn.lienlac.directory.sync;

import java.time.Instant;
import java.util.UUID;
import vn.lienlac.directory.importing.ImportFormat;

/**
 * One recorded import (applied or rejected; dry runs are not recorded).
 *
 * @param id          the import id, as in {@link ImportReport#importId()} and on its domain events
 * @param schoolCode  the school imported into; null for an office's own staff
 * @param kind        students or staff
 * @param mode        snapshot or delta
 * @param format      how the data arrived (XLSX, CSV, JSON)
 * @param status      {@code APPLIED} or {@code REJECTED}
 * @param schoolYear  the school year of the import
 * @param skipInvalid whether invalid rows were left out instead of rejecting the import
 * @param fileName    the uploaded file's name, or null
 * @param fileSha256  hex SHA-256 of the file as received (for JSON pushes: of the re-serialised records)
 * @param actor       who ran the import
 * @param counts      row figures (all zero but rows and invalid for a rejected import)
 * @param startedAt   when the import started
 * @param finishedAt  when it was recorded
 * @param errorCount  number of row errors reported (the log keeps the first 500 of them)
 * @param districtCode the district office whose own staff were imported; null otherwise
 * @param departmentCode the department whose own staff were imported; null otherwise
 * @param actorName   who ran it, as a person reads it ("Lê Thị Hà", "Quản trị hệ thống"); null for imports logged
 *                    before names were kept
 */
public record ImportSummary(
        UUID id,
        String schoolCode,
        ImportKind kind,
        ImportMode mode,
        ImportFormat format,
        ImportStatus status,
        String schoolYear,
        boolean skipInvalid,
        String fileName,
        String fileSha256,
        String actor,
        ImportCounts counts,
        Instant startedAt,
        Instant finishedAt,
        int errorCount,
        String districtCode,
        String departmentCode,
        String actorName) {
}
