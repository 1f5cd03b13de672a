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
import vn.lienlac.directory.importing.StaffUnit;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.ImportKind;
import vn.lienlac.directory.sync.ImportRequest;
import vn.lienlac.directory.sync.engine.KindSync;
import vn.lienlac.directory.sync.engine.SyncContext;

/**
 * Staff imports: staff members of a school, their homerooms and teaching assignments; or an office's own staff (a
 * district office's, a department's), who belong to no school.
 *
 * <p>Which existing staff an import may change (docs/access.md, "Who may create which role"): a school's import
 * never an office's staff member ({@value #OFFICE_STAFF_CODE}); an office's import never an active member of
 * a school's staff ({@value #SCHOOL_STAFF_CODE}) — but it may take over an inactive one (someone who moved to the
 * office), and a district office's import an office-role row that a school's import created before V20 (the fix of
 * docs/operations.md). A district office's import never takes an active department officer
 * ({@value #OFFICE_STAFF_CODE}); the department's import (the admin's) may take a district officer (a promotion).
 */
@ApplicationScoped
public class StaffSync implements KindSync<StaffRecord, StaffPlan> {

    /** Row error: the staff code is an office's staff member that this import may not change. */
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
                    Map<String, RowError> refused = new HashMap<>();
                    for (Row row : rows) {
                        boolean office = row.getBoolean("office");
                        StaffRole role = StaffRole.valueOf(row.getString("role"));
                        String code = row.getString("staff_code");
                        if (!mayTake(request.unit(), office, row.getBoolean("active"), role)) {
                            refused.put(code, new RowError(0, null, takenCode(office),
                                    takenMessage(request.unit(), role, code)));
                        }
                    }
                    return screened(request, batch, refused);
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

    /**
     * Whether an import for {@code unit} may change this existing staff member ({@code officeStaff}: in no school).
     */
    static boolean mayTake(StaffUnit unit, boolean officeStaff, boolean active, StaffRole role) {
        return switch (unit) {
            case SCHOOL -> !officeStaff;
            case DISTRICT_OFFICE -> (officeStaff && role != StaffRole.DEPARTMENT_OFFICER) || !active
                    || role == StaffRole.DISTRICT_OFFICER;
            case DEPARTMENT -> officeStaff || !active;
        };
    }

    /** The row error code for a staff member an import may not change: office staff, or a school's. */
    static String takenCode(boolean officeStaff) {
        return officeStaff ? OFFICE_STAFF_CODE : SCHOOL_STAFF_CODE;
    }

    static String takenMessage(StaffUnit unit, StaffRole role, String staffCode) {
        String code = "Mã cán bộ “" + staffCode + "” ";
        if (unit == StaffUnit.SCHOOL) {
            return code + "là của một cán bộ Phòng hoặc Sở GDĐT: tệp của trường không sửa được cán bộ Phòng, Sở. "
                    + "Nếu đây là người khác, hãy kiểm tra lại mã cán bộ.";
        }
        if (role == StaffRole.DEPARTMENT_OFFICER) {
            return code + "là của một cán bộ Sở GDĐT đang công tác: tệp của Phòng GDĐT không sửa được cán bộ Sở. "
                    + "Nếu đây là người khác, hãy kiểm tra lại mã cán bộ.";
        }
        return code + "là của một cán bộ đang công tác ở trường: " + unit.officeName() + " chỉ nhận người này khi "
                + "trường đã cho thôi công tác (nhập danh sách đầy đủ của trường không có người này).";
    }

    private static ParsedBatch<StaffRecord> screened(ImportRequest request, ParsedBatch<StaffRecord> batch,
            Map<String, RowError> refused) {
        List<StaffRecord> kept = new ArrayList<>();
        List<RowError> errors = new ArrayList<>(batch.errors());
        String column = request.format() == ImportFormat.JSON ? StaffColumn.STAFF_CODE.spec().jsonField()
                : StaffColumn.STAFF_CODE.spec().header();
        for (StaffRecord r : batch.records()) {
            RowError error = refused.get(r.staffCode());
            if (error == null) {
                kept.add(r);
            } else {
                errors.add(new RowError(r.row(), column, error.code(), error.message()));
            }
        }
        if (kept.size() == batch.records().size()) {
            return batch;
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        return new ParsedBatch<>(List.copyOf(kept), List.copyOf(errors), batch.warnings(), batch.rowCount());
    }
}
