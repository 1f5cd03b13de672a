package vn.lienlac.directory.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.importing.RowError;
import vn.lienlac.directory.sync.engine.SyncPlan;

/** Builds the {@link ImportReport} of a plan: changes in row order, figures on the primary entity, warnings. */
final class Reports {

    static final String SNAPSHOT_DEACTIVATION_SKIPPED = "SNAPSHOT_DEACTIVATION_SKIPPED";

    private Reports() {
    }

    static ImportReport of(UUID importId, ImportStatus status, ImportKind kind, ChangeEntity primary,
            ImportRequest request, ParsedBatch<?> batch, SyncPlan plan) {
        List<Change> changes = new ArrayList<>(plan.log().changes());
        changes.sort(Comparator.comparingInt(c -> c.row() == 0 ? Integer.MAX_VALUE : c.row()));
        List<RowError> warnings = new ArrayList<>(batch.warnings());
        warnings.addAll(plan.log().warnings());
        if (request.mode() == ImportMode.SNAPSHOT && batch.hasErrors()) {
            warnings.add(new RowError(0, null, SNAPSHOT_DEACTIVATION_SKIPPED,
                    "Tệp có dòng không hợp lệ nên không ngừng hoạt động ai hay lớp nào vắng mặt trong tệp "
                            + "(không biết ai nằm ở các dòng lỗi). Hãy sửa các dòng lỗi rồi nhập lại."));
        }
        return new ImportReport(importId, status, kind, request.mode(), request.schoolCode(), request.schoolYear(),
                request.dryRun(), request.skipInvalid(), counts(primary, changes, batch), List.copyOf(changes),
                List.copyOf(batch.errors()), List.copyOf(warnings), request.districtCode(),
                request.departmentCode(), plan.rollover());
    }

    /** Figures on the primary entity: a row is updated when anything it lists changed. */
    static ImportCounts counts(ChangeEntity primary, List<Change> changes, ParsedBatch<?> batch) {
        Set<Integer> changedRows = new HashSet<>();
        int created = 0;
        int deactivated = 0;
        for (Change change : changes) {
            if (change.row() > 0) {
                changedRows.add(change.row());
            }
            if (change.entity() == primary && change.action() == ChangeAction.CREATED) {
                created++;
            } else if (change.entity() == primary && change.action() == ChangeAction.DEACTIVATED) {
                deactivated++;
            }
        }
        int valid = batch.records().size();
        int updated = changedRows.size() - created;
        return new ImportCounts(batch.rowCount(), created, updated, deactivated, valid - created - updated,
                invalidRows(batch));
    }

    /** Rows left out as invalid. */
    static int invalidRows(ParsedBatch<?> batch) {
        return Math.max(batch.rowCount() - batch.records().size(), 0);
    }
}
