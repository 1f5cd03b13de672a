package vn.lienlac.directives;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a directive reaches, read from the directory in the sender's transaction: active people of active schools
 * only. Unknown schools or staff codes are refused (400 naming them) rather than silently skipped.
 */
@ApplicationScoped
public class Recipients {

    static final String NOBODY = "Không có người nhận nào phù hợp.";

    /** One row per active school asked for, with each active principal (a null staff id when it has none). */
    private static final String DISTRICT = """
            SELECT sc.code, sc.id AS school_id, st.id AS staff_id
            FROM directory_schools sc
            LEFT JOIN directory_active_staff st ON st.school_id = sc.id AND st.role = 'PRINCIPAL'
            WHERE sc.district_office_id = $1 AND sc.active AND ($2::text[] IS NULL OR sc.code = ANY($2))
            ORDER BY sc.code, st.id""";

    private static final String SCHOOL = """
            SELECT st.id AS staff_id, st.staff_code
            FROM directory_staff st
            WHERE st.active AND st.school_id = $1
              AND ($2 OR st.role = ANY($3) OR st.staff_code = ANY($4)
                   OR ($5 AND EXISTS (SELECT 1 FROM directory_classes c
                                      WHERE c.homeroom_staff_id = st.id AND c.active)))
            ORDER BY st.id""";

    /** A department's district offices asked for ($2 null: all), with each active officer (null when none). */
    private static final String DEPARTMENT_OFFICES = """
            SELECT d.code, d.id AS district_id, st.id AS staff_id
            FROM directory_district_offices d
            LEFT JOIN directory_active_staff st ON st.district_office_id = d.id AND st.role = 'DISTRICT_OFFICER'
                 AND st.school_id IS NULL
            WHERE d.department_id = $1 AND ($2::text[] IS NULL OR d.code = ANY($2))
            ORDER BY d.code, st.id""";

    /** The department's active schools named ($2) or of the districts named ($3), with each active principal. */
    private static final String DEPARTMENT_SCHOOLS = """
            SELECT sc.code, sc.id AS school_id, st.id AS staff_id, d.code AS district_code
            FROM directory_schools sc
            JOIN directory_district_offices d ON d.id = sc.district_office_id
            LEFT JOIN directory_active_staff st ON st.school_id = sc.id AND st.role = 'PRINCIPAL'
            WHERE d.department_id = $1 AND sc.active AND (sc.code = ANY($2) OR d.code = ANY($3))
            ORDER BY sc.code, st.id""";

    /**
     * The recipients, the schools asked for that have no active principal to receive it, and (from a department) the
     * district offices asked for that have no active officer.
     */
    public record Resolved(List<Recipient> recipients, List<String> schoolsWithoutRecipient,
            List<String> districtsWithoutRecipient) {

        public Resolved(List<Recipient> recipients, List<String> schoolsWithoutRecipient) {
            this(recipients, schoolsWithoutRecipient, List.of());
        }
    }

    /**
     * From a department: the officers of all (everyone) or the chosen district offices, and the principals of the
     * chosen schools and of every active school of the districts in {@code allSchoolsOf}. Each person once.
     */
    public Uni<Resolved> ofDepartment(SqlConnection conn, long departmentId, Audience audience) {
        if (!audience.groups().isEmpty() || !audience.staff().isEmpty()
                || (!audience.all() && audience.districts().isEmpty() && audience.schools().isEmpty()
                        && audience.allSchoolsOf().isEmpty())) {
            return Uni.createFrom().failure(FieldProblem.invalid("audience",
                    "Sở gửi cho các Phòng GDĐT (everyone hoặc districts) và/hoặc hiệu trưởng các trường (schools, "
                            + "allSchoolsOf)."));
        }
        boolean offices = audience.all() || !audience.districts().isEmpty();
        String[] officeCodes = audience.all() ? null : audience.districts().toArray(String[]::new);
        Uni<List<Row>> officeRows = offices
                ? conn.preparedQuery(DEPARTMENT_OFFICES).execute(Tuple.of(departmentId, officeCodes)).map(Recipients::list)
                : Uni.createFrom().item(List.of());
        boolean schools = !audience.schools().isEmpty() || !audience.allSchoolsOf().isEmpty();
        return officeRows.chain(officesFound -> (schools
                ? conn.preparedQuery(DEPARTMENT_SCHOOLS).execute(Tuple.of(departmentId,
                        audience.schools().toArray(String[]::new), audience.allSchoolsOf().toArray(String[]::new)))
                        .map(Recipients::list)
                : Uni.createFrom().item(List.<Row>of())).map(schoolRows -> {
            Map<Long, Recipient> recipients = new LinkedHashMap<>();
            Set<String> districtsFound = new LinkedHashSet<>();
            List<String> districtsWithout = new ArrayList<>();
            for (Row row : officesFound) {
                districtsFound.add(row.getString("code"));
                Long staffId = row.getLong("staff_id");
                if (staffId == null) {
                    districtsWithout.add(row.getString("code"));
                } else {
                    recipients.putIfAbsent(staffId, new Recipient(staffId, null, row.getLong("district_id")));
                }
            }
            Set<String> schoolsFound = new LinkedHashSet<>();
            Set<String> districtsWithSchools = new LinkedHashSet<>();
            Set<String> schoolsWithout = new LinkedHashSet<>();
            for (Row row : schoolRows) {
                schoolsFound.add(row.getString("code"));
                districtsWithSchools.add(row.getString("district_code"));
                Long staffId = row.getLong("staff_id");
                if (staffId == null) {
                    schoolsWithout.add(row.getString("code"));
                } else {
                    recipients.putIfAbsent(staffId, new Recipient(staffId, row.getLong("school_id"), null));
                }
            }
            List<FieldProblem> unknown = new ArrayList<>();
            if (officeCodes != null) {
                audience.districts().stream().filter(code -> !districtsFound.contains(code)).forEach(code ->
                        unknown.add(new FieldProblem("districts", "Phòng GDĐT " + code + " không thuộc Sở.")));
            }
            audience.schools().stream().filter(code -> !schoolsFound.contains(code)).forEach(code ->
                    unknown.add(new FieldProblem("schools", "Trường " + code
                            + " không thuộc Sở hoặc không còn hoạt động.")));
            audience.allSchoolsOf().stream().filter(code -> !districtsWithSchools.contains(code)).forEach(code ->
                    unknown.add(new FieldProblem("allSchoolsOf", "Phòng GDĐT " + code
                            + " không thuộc Sở hoặc không có trường nào đang hoạt động.")));
            if (!unknown.isEmpty()) {
                throw FieldProblem.invalid(unknown);
            }
            return new Resolved(List.copyOf(recipients.values()), List.copyOf(schoolsWithout), districtsWithout);
        }));
    }

    private static List<Row> list(Iterable<Row> rows) {
        List<Row> list = new ArrayList<>();
        rows.forEach(list::add);
        return list;
    }

    /** The principals of all (or the listed) active schools of the district. */
    public Uni<Resolved> ofDistrict(SqlConnection conn, long districtId, Audience audience) {
        if (!audience.groups().isEmpty() || !audience.staff().isEmpty() || audience.departmentOnly()
                || audience.all() == !audience.schools().isEmpty()) {
            return Uni.createFrom().failure(FieldProblem.invalid("audience",
                    "Phòng gửi cho hiệu trưởng của tất cả các trường (everyone) hoặc của các trường được chọn "
                            + "(schools)."));
        }
        String[] codes = audience.all() ? null : audience.schools().toArray(String[]::new);
        return conn.preparedQuery(DISTRICT).execute(Tuple.of(districtId, codes)).map(rows -> {
            List<Recipient> recipients = new ArrayList<>();
            Set<String> found = new LinkedHashSet<>();
            List<String> without = new ArrayList<>();
            for (Row row : rows) {
                String code = row.getString("code");
                found.add(code);
                Long staffId = row.getLong("staff_id");
                if (staffId == null) {
                    without.add(code);
                } else {
                    recipients.add(new Recipient(staffId, row.getLong("school_id")));
                }
            }
            if (codes != null) {
                List<FieldProblem> unknown = audience.schools().stream().filter(code -> !found.contains(code))
                        .map(code -> new FieldProblem("schools", "Trường " + code
                                + " không thuộc Phòng hoặc không còn hoạt động."))
                        .toList();
                if (!unknown.isEmpty()) {
                    throw FieldProblem.invalid(unknown);
                }
            }
            return new Resolved(recipients, without);
        });
    }

    /** The school's active staff in the audience, except the sender. */
    public Uni<Resolved> ofSchool(SqlConnection conn, long schoolId, long senderStaffId, Audience audience) {
        if (!audience.schools().isEmpty() || audience.departmentOnly()
                || (!audience.all() && audience.groups().isEmpty() && audience.staff().isEmpty())) {
            return Uni.createFrom().failure(FieldProblem.invalid("audience",
                    "Hãy chọn người nhận: toàn trường (everyone), nhóm (groups) hoặc cán bộ (staff)."));
        }
        List<String> roles = new ArrayList<>();
        boolean homeroom = false;
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : audience.groups()) {
            StaffGroup group = StaffGroup.parse(name).orElse(null);
            if (group == null) {
                problems.add(new FieldProblem("groups", "Nhóm người nhận không hợp lệ: " + name + "."));
            } else if (group.role() == null) {
                homeroom = true;
            } else {
                roles.add(group.role().name());
            }
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(FieldProblem.invalid(problems));
        }
        Tuple params = Tuple.of(schoolId, audience.all(), roles.toArray(String[]::new),
                audience.staff().toArray(String[]::new), homeroom);
        return conn.preparedQuery(SCHOOL).execute(params).map(rows -> {
            List<Recipient> recipients = new ArrayList<>();
            Set<String> found = new LinkedHashSet<>();
            for (Row row : rows) {
                found.add(row.getString("staff_code"));
                long staffId = row.getLong("staff_id");
                if (staffId != senderStaffId) {
                    recipients.add(new Recipient(staffId, schoolId));
                }
            }
            List<FieldProblem> unknown = audience.staff().stream().filter(code -> !found.contains(code))
                    .map(code -> new FieldProblem("staff", "Không có cán bộ mã " + code + " đang làm việc ở trường."))
                    .toList();
            if (!unknown.isEmpty()) {
                throw FieldProblem.invalid(unknown);
            }
            return new Resolved(recipients, List.of());
        });
    }
}
