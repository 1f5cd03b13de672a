package vn.lienlac.directory.sync.staff;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.importing.ImportFormat;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.importing.RowError;
import vn.lienlac.directory.importing.StaffColumn;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.ImportKind;
import vn.lienlac.directory.sync.ImportRequest;
import vn.lienlac.directory.sync.engine.KindSync;
import vn.lienlac.directory.sync.engine.SyncContext;

/**
 * Staff imports: staff members of a school, their homerooms and teaching assignments; or a district office's own
 * staff, who belong to no school.
 *
 * <p>Which existing staff an import may change (docs/access.md, "Who may create which role"): a school's import
 * never a district office's staff member ({@value #OFFICE_STAFF_CODE}); an office's import never an active member of
 * a school's staff ({@value #SCHOOL_STAFF_CODE}) — but it may take over an inactive one (someone who moved to the
 * office), and an office-role row that a school's import created before V20 (the fix of docs/operations.md).
 */
@ApplicationScoped
public class StaffSync implements KindSync<StaffRecord, StaffPlan> {

    /** Row error of a school's import: the staff code is a district office's staff member. */
    public static final String OFFICE_STAFF_CODE = "OFFICE_STAFF_CODE";
    /** Row error of an office's import: the staff code is an active member of a school's staff. */
    public static final String SCHOOL_STAFF_CODE = "SCHOOL_STAFF_CODE";

    @Override
    public ImportKind kind() {
        return ImportKind.STAFF;
    }

    @Override
    public ChangeEntity primaryEntity() {
        return ChangeEntity.STAFF;
    }

    /** Rows naming a staff member this import may not change become row errors (see the class comment). */
    @Override
    public Uni<ParsedBatch<StaffRecord>> screen(SqlClient client, ImportRequest request,
            ParsedBatch<StaffRecord> batch) {
        if (batch.records().isEmpty()) {
            return Uni.createFrom().item(batch);
        }
        String[] codes = batch.records().stream().map(StaffRecord::staffCode).toArray(String[]::new);
        return client.preparedQuery("""
                        SELECT staff_code, school_id IS NULL AS office, active, role FROM staff
                        WHERE staff_code = ANY($1::text[])""")
                .execute(Tuple.of(codes))
                .map(rows -> {
                    Map<String, Boolean> allowed = new HashMap<>();
                    for (Row row : rows) {
                        allowed.put(row.getString("staff_code"), mayTake(request.forOffice(),
                                row.getBoolean("office"), row.getBoolean("active"),
                                StaffRole.valueOf(row.getString("role"))));
                    }
                    return screened(request, batch, allowed);
                });
    }

    @Override
    public Uni<StaffPlan> plan(SqlConnection conn, SyncContext ctx, List<StaffRecord> records) {
        return StaffStateLoader.load(conn, ctx, records).map(state -> StaffDiffer.diff(ctx, state, records));
    }

    @Override
    public Uni<Void> write(SqlConnection conn, SyncContext ctx, StaffPlan plan) {
        return new StaffWriter(conn, ctx, plan).write();
    }

    /** Whether an office's import ({@code officeImport}) or a school's may change this existing staff member. */
    static boolean mayTake(boolean officeImport, boolean officeStaff, boolean active, StaffRole role) {
        if (!officeImport) {
            return !officeStaff;
        }
        return officeStaff || !active || role == StaffRole.DISTRICT_OFFICER;
    }

    static String takenCode(boolean officeImport) {
        return officeImport ? SCHOOL_STAFF_CODE : OFFICE_STAFF_CODE;
    }

    static String takenMessage(boolean officeImport, String staffCode) {
        return officeImport
                ? "Mã cán bộ “" + staffCode + "” là của một cán bộ đang công tác ở trường: Phòng GDĐT chỉ nhận người "
                        + "này khi trường đã cho thôi công tác (nhập danh sách đầy đủ của trường không có người này)."
                : "Mã cán bộ “" + staffCode + "” là của một cán bộ Phòng GDĐT: tệp của trường không sửa được cán bộ "
                        + "Phòng. Nếu đây là người khác, hãy kiểm tra lại mã cán bộ.";
    }

    private static ParsedBatch<StaffRecord> screened(ImportRequest request, ParsedBatch<StaffRecord> batch,
            Map<String, Boolean> allowed) {
        List<StaffRecord> kept = new ArrayList<>();
        List<RowError> errors = new ArrayList<>(batch.errors());
        String column = request.format() == ImportFormat.JSON ? StaffColumn.STAFF_CODE.spec().jsonField()
                : StaffColumn.STAFF_CODE.spec().header();
        for (StaffRecord r : batch.records()) {
            if (allowed.getOrDefault(r.staffCode(), true)) {
                kept.add(r);
            } else {
                errors.add(new RowError(r.row(), column, takenCode(request.forOffice()),
                        takenMessage(request.forOffice(), r.staffCode())));
            }
        }
        if (kept.size() == batch.records().size()) {
            return batch;
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        return new ParsedBatch<>(List.copyOf(kept), List.copyOf(errors), batch.warnings(), batch.rowCount());
    }
}
