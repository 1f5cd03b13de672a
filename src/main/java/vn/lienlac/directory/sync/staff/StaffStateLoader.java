package vn.lienlac.directory.sync.staff;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.directory.sync.engine.Params;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.staff.StaffState.ExistingStaff;
import vn.lienlac.directory.sync.staff.StaffState.Homeroom;
import vn.lienlac.directory.sync.staff.StaffState.Teaching;

/** Loads a {@link StaffState} in four queries. For an office import (no school id) the school's parts are empty. */
final class StaffStateLoader {

    private final SqlConnection conn;
    private final SyncContext ctx;
    private Map<String, ExistingStaff> staff;
    private Map<String, Long> classes;
    private List<Homeroom> homerooms;

    private StaffStateLoader(SqlConnection conn, SyncContext ctx) {
        this.conn = conn;
        this.ctx = ctx;
    }

    static Uni<StaffState> load(SqlConnection conn, SyncContext ctx, List<StaffRecord> records) {
        String[] codes = records.stream().map(StaffRecord::staffCode).toArray(String[]::new);
        StaffStateLoader loader = new StaffStateLoader(conn, ctx);
        return loader.staff(codes).invoke(v -> loader.staff = v)
                .chain(loader::classes).invoke(v -> loader.classes = v)
                .chain(loader::homerooms).invoke(v -> loader.homerooms = v)
                .chain(loader::teaching)
                .map(teaching -> new StaffState(loader.staff, loader.classes, loader.homerooms, teaching));
    }

    private Uni<Map<String, ExistingStaff>> staff(String[] codes) {
        return conn.preparedQuery("""
                        SELECT st.id, st.staff_code, st.school_id, sc.code AS school_code, st.full_name,
                               st.date_of_birth, st.gender, st.role, st.phone, st.email, st.active, st.district_office_id,
                               COALESCE(d.code, dep.code) AS office_code, st.department_id
                        FROM staff st
                        LEFT JOIN district_office d ON d.id = st.district_office_id
                        LEFT JOIN department dep ON dep.id = st.department_id
                        LEFT JOIN school sc ON sc.id = st.school_id
                        WHERE st.school_id = $1
                           OR ($1::bigint IS NULL AND st.school_id IS NULL AND st.district_office_id = $3)
                           OR ($1::bigint IS NULL AND st.department_id = $4)
                           OR st.staff_code = ANY($2::text[])
                        ORDER BY st.staff_code""")
                .execute(Params.of(ctx.school().id(), codes, ctx.school().districtOfficeId(),
                        ctx.school().departmentId()))
                .map(rows -> {
                    Map<String, ExistingStaff> byCode = new LinkedHashMap<>();
                    for (Row row : rows) {
                        byCode.put(row.getString("staff_code"), new ExistingStaff(row.getLong("id"),
                                row.getString("staff_code"), row.getLong("school_id"), row.getString("school_code"),
                                row.getString("full_name"), row.getLocalDate("date_of_birth"),
                                gender(row.getString("gender")), StaffRole.valueOf(row.getString("role")), row.getString("phone"),
                                row.getString("email"), row.getBoolean("active"), row.getLong("district_office_id"),
                                row.getString("office_code"), row.getLong("department_id")));
                    }
                    return byCode;
                });
    }

    private Uni<Map<String, Long>> classes() {
        return conn.preparedQuery("SELECT id, name FROM school_class WHERE school_id = $1 AND school_year = $2")
                .execute(Tuple.of(ctx.school().id(), ctx.schoolYear()))
                .map(rows -> {
                    Map<String, Long> byName = new HashMap<>();
                    rows.forEach(row -> byName.put(row.getString("name"), row.getLong("id")));
                    return byName;
                });
    }

    private Uni<List<Homeroom>> homerooms() {
        return conn.preparedQuery("""
                        SELECT c.id, c.name, c.school_id, sc.code AS school_code, st.id AS staff_id, st.staff_code
                        FROM school_class c
                        JOIN school sc ON sc.id = c.school_id
                        JOIN staff st ON st.id = c.homeroom_staff_id
                        WHERE c.school_year = $2 AND (c.school_id = $1 OR c.homeroom_staff_id = ANY($3::bigint[]))
                        ORDER BY c.name, c.id""")
                .execute(Params.of(ctx.school().id(), ctx.schoolYear(), staffIds()))
                .map(rows -> {
                    List<Homeroom> list = new ArrayList<>();
                    for (Row row : rows) {
                        list.add(new Homeroom(row.getLong("id"), row.getString("name"), row.getLong("school_id"),
                                row.getString("school_code"), row.getLong("staff_id"), row.getString("staff_code")));
                    }
                    return list;
                });
    }

    private Uni<Map<Long, List<Teaching>>> teaching() {
        return conn.preparedQuery("""
                        SELECT ta.id, ta.staff_id, ta.class_id, c.name, c.school_id, sc.code AS school_code, ta.subject
                        FROM teaching_assignment ta
                        JOIN school_class c ON c.id = ta.class_id
                        JOIN school sc ON sc.id = c.school_id
                        WHERE ta.active AND c.school_year = $1 AND ta.staff_id = ANY($2::bigint[])
                        ORDER BY ta.staff_id, c.name, ta.subject""")
                .execute(Params.of(ctx.schoolYear(), staffIds()))
                .map(rows -> {
                    Map<Long, List<Teaching>> byStaff = new HashMap<>();
                    for (Row row : rows) {
                        Teaching t = new Teaching(row.getLong("id"), row.getLong("staff_id"), row.getLong("class_id"),
                                row.getString("name"), row.getLong("school_id"), row.getString("school_code"),
                                row.getString("subject"));
                        byStaff.computeIfAbsent(t.staffId(), id -> new ArrayList<>()).add(t);
                    }
                    return byStaff;
                });
    }

    private static Gender gender(String name) {
        return name == null ? null : Gender.valueOf(name);
    }

    private Long[] staffIds() {
        return staff.values().stream().map(ExistingStaff::id).toArray(Long[]::new);
    }
}
